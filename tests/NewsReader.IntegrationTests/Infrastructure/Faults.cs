using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;

namespace NewsReader.IntegrationTests.Infrastructure;

/// <summary>Faults made inside the database itself, on either provider.</summary>
public static class Faults
{
    /// <summary>From now on, inserting a paragraph whose text contains <paramref name="marker"/> fails with <paramref name="message"/>, after its article's row is written.</summary>
    public static Task PoisonParagraphsAsync(NewsReaderDbContext db, string marker, string message)
    {
        // Test-only DDL built from the test's own constants (DDL takes no parameters).
        var sql = db.Database.IsSqlite()
            ? $"""
                CREATE TRIGGER poison BEFORE INSERT ON Paragraphs WHEN NEW.Text LIKE '%{marker}%'
                BEGIN SELECT RAISE(ABORT, '{message}'); END;
                """
            : $"""
                CREATE FUNCTION poison_paragraph() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW."Text" LIKE '%{marker}%' THEN RAISE EXCEPTION '{message}'; END IF;
                    RETURN NEW;
                END
                $$;
                CREATE TRIGGER poison BEFORE INSERT ON "Paragraphs" FOR EACH ROW EXECUTE FUNCTION poison_paragraph();
                """;
        return db.Database.ExecuteSqlRawAsync(sql);
    }
}
