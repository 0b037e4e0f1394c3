using Microsoft.EntityFrameworkCore.Migrations;

namespace NewsReader.Web.Data.Migrations.Postgres;

/// <summary>
/// What PostgreSQL needs beside the tables that EF cannot describe: full-text search and the pending-suggestion
/// tally, the same contracts as SQLite's FTS5 tables and triggers (FullTextSearch, ReviewQueueAtScale).
/// </summary>
internal static class PostgresSearchAndTallies
{
    /// <summary>The text search configuration: words split by PostgreSQL's parser, accents removed, case folded, no stemming (as FTS5's unicode61 with remove_diacritics).</summary>
    public const string Configuration = "newsreader_text";

    /// <summary>The channel every commit that changes what pages show is announced on (see <see cref="Hosting.PageCache"/>).</summary>
    public const string ChangeChannel = "newsreader_changed";

    // Every table whose rows a page can show, directly or in a count or a name. Not Leases (a renewal changes no
    // page), DataProtectionKeys, ApiTokens or SuggestionTallies (derived from Suggestions, which is listed).
    private static readonly string[] PageTables =
    [
        "Articles", "Paragraphs", "ArticleRevisions", "SlugRedirects", "People", "PersonAliases", "Topics",
        "Annotations", "AnnotationEvents", "Suggestions", "AspNetUsers",
    ];

    /// <summary>
    /// The first tally trigger: one upsert for every suggestion row written. Replaced by
    /// <c>PostgresStatementTally</c> (one upsert per group of a statement) and kept for that migration's Down.
    /// </summary>
    internal const string RowTally = """
        CREATE FUNCTION newsreader_suggestion_tally() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."Status" = 'Pending' AND OLD."ParagraphId" IS NOT NULL THEN
                UPDATE "SuggestionTallies" SET "Pending" = "Pending" - 1
                WHERE "Kind" = OLD."Kind" AND "Percent" = newsreader_confidence_percent(OLD."Confidence");
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."Status" = 'Pending' AND NEW."ParagraphId" IS NOT NULL THEN
                INSERT INTO "SuggestionTallies" ("Kind", "Percent", "Pending")
                VALUES (NEW."Kind", newsreader_confidence_percent(NEW."Confidence"), 1)
                ON CONFLICT ("Kind", "Percent") DO UPDATE SET "Pending" = "SuggestionTallies"."Pending" + 1;
            END IF;
            RETURN NULL;
        END
        $$;

        CREATE TRIGGER "Suggestions_Tally"
            AFTER INSERT OR DELETE OR UPDATE OF "Status", "ParagraphId", "Confidence", "Kind" ON "Suggestions"
            FOR EACH ROW EXECUTE FUNCTION newsreader_suggestion_tally();
        """;

    public static void Up(MigrationBuilder migrationBuilder)
    {
        // unaccent is a trusted extension: a database owner may create it without being a superuser.
        migrationBuilder.Sql($"""
            CREATE EXTENSION IF NOT EXISTS unaccent;
            CREATE TEXT SEARCH CONFIGURATION {Configuration} (COPY = pg_catalog.simple);
            ALTER TEXT SEARCH CONFIGURATION {Configuration} ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
            """);

        // Stored tsvector columns, kept by PostgreSQL itself on every insert and update (EF's model does not list
        // them, so nothing the app writes names them), each with a GIN index.
        migrationBuilder.Sql($"""
            ALTER TABLE "Paragraphs" ADD COLUMN "Search" tsvector GENERATED ALWAYS AS (to_tsvector('{Configuration}'::regconfig, "Text")) STORED;
            CREATE INDEX "IX_Paragraphs_Search" ON "Paragraphs" USING gin ("Search");
            ALTER TABLE "Articles" ADD COLUMN "Search" tsvector GENERATED ALWAYS AS (to_tsvector('{Configuration}'::regconfig, "Title")) STORED;
            CREATE INDEX "IX_Articles_Search" ON "Articles" USING gin ("Search");
            """);

        // The tally follows every write to Suggestions, as SQLite's triggers do: a placed pending suggestion counts
        // once under its kind and confidence percent (rounded to 6 places, then truncated as SQLite's CAST does).
        migrationBuilder.Sql("""
            CREATE FUNCTION newsreader_confidence_percent(confidence double precision) RETURNS integer
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$ SELECT trunc(round((confidence * 100)::numeric, 6))::integer $$;
            """);
        migrationBuilder.Sql(RowTally);

        // Each statement that writes to a table pages show announces it; PostgreSQL delivers the notice to every
        // listening session of this database when the transaction commits, once however many statements sent it.
        // App instances listen and drop their cached pages (PageCache), so a tag made on one is on all at once.
        migrationBuilder.Sql($"""
            CREATE FUNCTION newsreader_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('{ChangeChannel}', '');
                RETURN NULL;
            END
            $$;
            """);
        migrationBuilder.Sql(string.Concat(PageTables.Select(t =>
            $"CREATE TRIGGER \"{t}_Changed\" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \"{t}\" FOR EACH STATEMENT EXECUTE FUNCTION newsreader_notify_change();\n")));
    }

    public static void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(string.Concat(PageTables.Select(t => $"DROP TRIGGER IF EXISTS \"{t}_Changed\" ON \"{t}\";\n")) +
            "DROP FUNCTION IF EXISTS newsreader_notify_change();");
        migrationBuilder.Sql($"""
            DROP TRIGGER IF EXISTS "Suggestions_Tally" ON "Suggestions";
            DROP FUNCTION IF EXISTS newsreader_suggestion_tally();
            DROP FUNCTION IF EXISTS newsreader_confidence_percent(double precision);
            DROP INDEX IF EXISTS "IX_Articles_Search";
            ALTER TABLE "Articles" DROP COLUMN IF EXISTS "Search";
            DROP INDEX IF EXISTS "IX_Paragraphs_Search";
            ALTER TABLE "Paragraphs" DROP COLUMN IF EXISTS "Search";
            DROP TEXT SEARCH CONFIGURATION IF EXISTS {Configuration};
            """);
    }
}
