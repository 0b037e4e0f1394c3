using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.IntegrationTests.Infrastructure;
using NewsReader.Web.Search;

namespace NewsReader.IntegrationTests.Search;

/// <summary>
/// Search ranks articles from the best-scoring paragraphs and titles only (issue 12: ranking every
/// match of a common word cost hundreds of milliseconds at 100,000 articles). Every page must be
/// exactly what ranking every match gives, also when the best paragraphs crowd into a few articles
/// (the bound then grows), and the count stops at its limit and says so.
/// </summary>
// SQLite's own behaviour (its files, its planner, FTS5): run in the SQLite pass only (.ci/run filters
// Database=Sqlite out of the PostgreSQL pass: one test process keeps one provider, as the app does).
[Trait("Database", "Sqlite")]
public sealed class ArticleRankingTests(ArticleRankingTests.App app) : IClassFixture<ArticleRankingTests.App>
{
    [Theory]
    [InlineData("harbour", 1, 20)]
    [InlineData("harbour", 2, 20)]
    [InlineData("harbour", 3, 20)]
    [InlineData("harbour", 1, 7)]
    [InlineData("harbour", 9, 7)]
    [InlineData("harbour ferry", 1, 20)]
    [InlineData("ferry", 2, 5)]
    public async Task EveryPage_IsWhatRankingEveryMatchGives(string query, int page, int pageSize)
    {
        await app.ReadyAsync();
        using var scope = app.Services.CreateScope();
        var search = scope.ServiceProvider.GetRequiredService<IArticleSearch>();

        var hits = await search.SearchAsync(query, page, pageSize, CancellationToken.None);
        var reference = await ReferenceAsync(FtsQuery.AllWords(query)!, page, pageSize);

        Assert.Equal(reference, hits.Items.Select(h => h.ArticleId));
        Assert.Equal(App.Articles, hits.Total);
        Assert.False(hits.TotalIsAtLeast);
    }

    // The ranking as it was before it was bounded: every matching paragraph and title scored, grouped, sorted.
    private async Task<List<int>> ReferenceAsync(string match, int page, int pageSize)
    {
        await using var connection = new SqliteConnection(app.Folder.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            WITH hits AS (
                SELECT p."ArticleId" AS ArticleId, bm25("ParagraphSearch") AS Rank
                FROM "ParagraphSearch" JOIN "Paragraphs" p ON p."Id" = "ParagraphSearch".rowid
                WHERE "ParagraphSearch" MATCH @q
                UNION ALL
                SELECT "ArticleSearch".rowid, 2.0 * bm25("ArticleSearch") FROM "ArticleSearch" WHERE "ArticleSearch" MATCH @q)
            SELECT ArticleId FROM hits GROUP BY ArticleId ORDER BY MIN(Rank), ArticleId LIMIT @take OFFSET @skip
            """;
        command.Parameters.AddWithValue("@q", match);
        command.Parameters.AddWithValue("@take", pageSize);
        command.Parameters.AddWithValue("@skip", (page - 1) * pageSize);
        var ids = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt32(0));
        }

        return ids;
    }

    // FTS5's bounded ranking against FTS5's full one: SQLite's own. PostgreSQL ranks every match (PostgresArticleSearch).
    public sealed class App : NewsReaderFactory
    {
        public const int Articles = 70;

        public App() => OnSqlite();

        private readonly SemaphoreSlim _gate = new(1, 1);
        private bool _ready;

        public async Task ReadyAsync()
        {
            await _gate.WaitAsync();
            try
            {
                if (_ready)
                {
                    return;
                }

                _ = Server;
                // Three long articles whose 400 short paragraphs all say "harbour" (the best paragraphs
                // crowd into them), and 67 others that say it once in a long paragraph, some in the title.
                for (var i = 1; i <= Articles; i++)
                {
                    var crowded = i <= 3;
                    var title = i % 5 == 0 ? $"Harbour news {i}" : $"Town news {i}";
                    var body = crowded
                        ? string.Join("\n\n", Enumerable.Range(1, 400).Select(n => $"The harbour ferry {n}."))
                        : $"In town {i}, the council met for {new string('a', i % 7 + 1)} hours about roads, schools, parks and the harbour ferry timetable, among {i} other things.";
                    await this.ImportAsync($"rank-{i:D2}.txt", $"{title}\n\n{body}\n");
                }

                _ready = true;
            }
            finally
            {
                _gate.Release();
            }
        }
    }
}
