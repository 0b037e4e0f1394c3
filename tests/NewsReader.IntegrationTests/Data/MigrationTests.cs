using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NewsReader.IntegrationTests.Infrastructure;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;

namespace NewsReader.IntegrationTests.Data;

// SQLite's own behaviour (its files, its planner, FTS5): run in the SQLite pass only (.ci/run filters
// Database=Sqlite out of the PostgreSQL pass: one test process keeps one provider, as the app does).
[Trait("Database", "Sqlite")]
public sealed class MigrationTests : IDisposable
{
    // SQLite's migrations over SQLite files; PostgreSQL's are applied by every test when the suite runs there.
    private readonly NewsReaderFactory _factory = new NewsReaderFactory().OnSqlite();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task StartUp_AppliesEveryMigration_InWalMode()
    {
        _ = _factory.Server; // start the host: migrations run before it serves
        await using var db = _factory.CreateDbContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        var mode = await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS Value FROM pragma_journal_mode").SingleAsync();
        Assert.Equal("wal", mode);

        // Every connection the app opens syncs each commit (FULL = 2) and waits for a busy database.
        await db.Database.OpenConnectionAsync();
        Assert.Equal(2, await db.Database.SqlQueryRaw<int>("SELECT synchronous AS Value FROM pragma_synchronous").SingleAsync());
        Assert.Equal(10_000, await db.Database.SqlQueryRaw<int>("SELECT timeout AS Value FROM pragma_busy_timeout").SingleAsync());
    }

    [Fact]
    public void Model_HasNoChangesMissingAMigration()
    {
        _ = _factory.Server;
        using var db = _factory.CreateDbContext();

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed: run dotnet ef migrations add <Name> --project src/NewsReader.Web --output-dir Data/Migrations");
    }

    [Fact]
    public async Task Upgrade_ExistingAnnotationsStayAnchored_AndTheOldDatabaseIsCopiedFirst()
    {
        // A database as the previous release left it, with an annotation on a paragraph.
        var options = new DbContextOptionsBuilder<NewsReaderDbContext>().UseSqlite(_factory.Folder.ConnectionString).Options;
        await using (var old = new NewsReaderDbContext(options))
        {
            await old.GetService<IMigrator>().MigrateAsync("20261129210410_Suggestions");
            await old.Database.ExecuteSqlRawAsync("""
                INSERT INTO AspNetUsers (Id, DisplayName, EmailConfirmed, PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled, AccessFailedCount) VALUES ('u1', 'Olive', 0, 0, 0, 0, 0);
                INSERT INTO Articles (Id, Slug, Title, SourcePath, ContentHash, WordCount, IngestedAt, UpdatedAt) VALUES (1, 'old-story', 'Old story', 'old.txt', 'h1', 4, 1, 1);
                INSERT INTO Paragraphs (Id, ArticleId, Ordinal, Kind, Text) VALUES (7, 1, 0, 'Body', 'The minister spoke today.');
                INSERT INTO Topics (Id, Name, Slug, Key, CreatedAt) VALUES (1, 'Politics', 'politics', 'politics', 1);
                INSERT INTO Annotations (Id, ArticleId, ParagraphId, Start, "End", Exact, Prefix, Suffix, Kind, TopicId, AuthorId, CreatedAt, UpdatedAt)
                    VALUES (3, 1, 7, 4, 12, 'minister', 'The ', ' spoke today.', 'Topic', 1, 'u1', 1, 1);
                """);
        }

        _ = _factory.Server; // the app upgrades it on start
        await using var db = _factory.CreateDbContext();
        var annotation = await db.Annotations.SingleAsync(a => a.Id == 3);
        var article = await db.Articles.SingleAsync(a => a.Id == 1);
        var backup = Directory.GetFiles(_factory.Folder.Path, "test.db.before-*.bak").Single();

        Assert.Equal(AnchorState.Anchored, annotation.State);
        Assert.Equal(7, annotation.ParagraphId);
        Assert.Equal("minister", annotation.Exact);
        Assert.Equal(1, article.Revision);
        await using var copy = new NewsReaderDbContext(new DbContextOptionsBuilder<NewsReaderDbContext>().UseSqlite($"Data Source={backup}").Options);
        Assert.Equal(1, await copy.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM Annotations").SingleAsync());
    }

    [Fact]
    public async Task Upgrade_TalliesTheSuggestionsAlreadyStored()
    {
        // A database at the previous release with suggestions of both kinds, reviewed and not, placed and not.
        var options = new DbContextOptionsBuilder<NewsReaderDbContext>().UseSqlite(_factory.Folder.ConnectionString).Options;
        await using (var old = new NewsReaderDbContext(options))
        {
            await old.GetService<IMigrator>().MigrateAsync("20261207020231_Revisions");
            await old.Database.ExecuteSqlRawAsync("""
                INSERT INTO Articles (Id, Slug, Title, SourcePath, ContentHash, WordCount, IngestedAt, UpdatedAt) VALUES (1, 'old-story', 'Old story', 'old.txt', 'h1', 4, 1, 1);
                INSERT INTO Paragraphs (Id, ArticleId, Ordinal, Kind, Text) VALUES (7, 1, 0, 'Body', 'Ann Lee said no, and Bo Ray said yes.');
                INSERT INTO Suggestions (ArticleId, ParagraphId, Start, "End", Exact, Prefix, Suffix, Kind, Confidence, Status, CreatedAt) VALUES
                    (1, 7, 0, 7, 'Ann Lee', '', ' said', 'Person', 0.8, 'Pending', 1),
                    (1, 7, 20, 26, 'Bo Ray', 'and ', ' said', 'Person', 0.95, 'Pending', 1),
                    (1, 7, 8, 15, 'said no', 'Lee ', ',', 'Quote', 0.55, 'Pending', 1),
                    (1, 7, 8, 15, 'said no', 'Lee ', ',', 'Quote', 0.9, 'Rejected', 1),
                    (1, NULL, 0, 3, 'Ann', '', ' Lee', 'Person', 0.99, 'Pending', 1);
                """);
        }

        var empty = Directory.CreateDirectory(_factory.Folder.Combine("no-seeds")).FullName;
        _ = _factory.With("Seed:Path", empty).Server; // the app upgrades it on start (and has no seed to suggest on)
        await using var db = _factory.CreateDbContext();

        Assert.Equal(3, await NewsReader.Web.Reviewing.SuggestionQueries.CountPendingAsync(db, null, 0, CancellationToken.None));
        Assert.Equal(2, await NewsReader.Web.Reviewing.SuggestionQueries.CountPendingAsync(db, AnnotationKind.Person, 0.8, CancellationToken.None));
        Assert.Equal(1, await NewsReader.Web.Reviewing.SuggestionQueries.CountPendingAsync(db, null, 0.81, CancellationToken.None));
        Assert.Equal(1, await NewsReader.Web.Reviewing.SuggestionQueries.CountPendingAsync(db, AnnotationKind.Quote, 0.5, CancellationToken.None));
    }
}
