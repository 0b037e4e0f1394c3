using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.IntegrationTests.Infrastructure;
using NewsReader.Web.Ingestion;

namespace NewsReader.IntegrationTests.Ingestion;

/// <summary>
/// SQLite chooses indexes from its statistics; without them it guessed, and read every pending suggestion
/// of a kind for a person page. Start-up and every ingest that changes articles bring them up to date.
/// </summary>
// SQLite's own behaviour (its files, its planner, FTS5): run in the SQLite pass only (.ci/run filters
// Database=Sqlite out of the PostgreSQL pass: one test process keeps one provider, as the app does).
[Trait("Database", "Sqlite")]
public sealed class PlannerStatisticsTests : IDisposable
{
    private readonly NewsReaderFactory _factory = new NewsReaderFactory().OnSqlite();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AnIngestThatAddsArticles_LeavesThePlannerStatisticsOfTheirTables()
    {
        var folder = _factory.Folder.Combine("incoming");
        Directory.CreateDirectory(folder);
        for (var i = 0; i < 30; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, $"a{i}.txt"),
                $"Council vote number {i}\n\n\"We will fund the library,\" said Councillor Jane Holloway{i} on Tuesday.\n\nThe vote was close.\n");
        }

        var summary = await _factory.Services.GetRequiredService<ArticleIngestor>().IngestAsync(folder, null, CancellationToken.None);

        Assert.Equal(30, summary.New);
        await using var db = _factory.CreateDbContext();
        var analysed = await db.Database.SqlQueryRaw<string>("""SELECT DISTINCT tbl AS "Value" FROM sqlite_stat1""").ToListAsync();
        Assert.Contains("Articles", analysed);
        Assert.Contains("Paragraphs", analysed);
        Assert.Contains("Suggestions", analysed);

        // FTS5's own tables keep none: it reads them by key, and figures taken while they were small made a
        // large first ingest ten times slower as the index grew.
        Assert.DoesNotContain(analysed, t => t.StartsWith("ArticleSearch", StringComparison.Ordinal) || t.StartsWith("ParagraphSearch", StringComparison.Ordinal));
    }
}
