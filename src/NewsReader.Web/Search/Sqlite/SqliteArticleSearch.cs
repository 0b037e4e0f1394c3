using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;

namespace NewsReader.Web.Search.Sqlite;

/// <summary>
/// <see cref="IArticleSearch"/> over the FTS5 tables ParagraphSearch and ArticleSearch (see the
/// FullTextSearch migration). Ranking is FTS5's bm25; a title match counts double.
/// </summary>
public sealed class SqliteArticleSearch(NewsReaderDbContext db) : IArticleSearch
{
    private const string Hits = """
        WITH hits AS (
            SELECT p."ArticleId" AS ArticleId, bm25("ParagraphSearch") AS Rank
            FROM "ParagraphSearch" JOIN "Paragraphs" p ON p."Id" = "ParagraphSearch".rowid
            WHERE "ParagraphSearch" MATCH @q
            UNION ALL
            SELECT "ArticleSearch".rowid, 2.0 * bm25("ArticleSearch")
            FROM "ArticleSearch" WHERE "ArticleSearch" MATCH @q)
        """;

    public async Task<ArticleHits> SearchAsync(string query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var match = FtsQuery.AllWords(query);
        if (match is null)
        {
            return new ArticleHits(0, []);
        }

        var total = Convert.ToInt32(await ScalarAsync($"{Hits} SELECT COUNT(DISTINCT ArticleId) FROM hits", cancellationToken, ("@q", match)), System.Globalization.CultureInfo.InvariantCulture);
        var ranked = await QueryAsync($"""
            {Hits}
            SELECT ArticleId, MIN(Rank) AS Score FROM hits GROUP BY ArticleId ORDER BY Score, ArticleId LIMIT @take OFFSET @skip
            """, r => (Id: r.GetInt32(0), Score: r.GetDouble(1)), cancellationToken, ("@q", match), ("@take", pageSize), ("@skip", Paging.Offset(page, pageSize)));

        var snippets = await SnippetsAsync(FtsQuery.AnyWord(query)!, ranked.Select(r => r.Id).ToList(), cancellationToken);
        var ids = ranked.Select(r => r.Id).ToList();
        var articles = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Slug, a.Title, First = a.Paragraphs.OrderBy(p => p.Ordinal).Select(p => p.Text).FirstOrDefault() })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var items = ranked.Where(r => articles.ContainsKey(r.Id)).Select(r =>
        {
            var article = articles[r.Id];
            var snippet = snippets.GetValueOrDefault(r.Id) ?? SnippetHtml.Render(Shorten(article.First));
            return new ArticleHit(r.Id, article.Slug, article.Title, snippet, -r.Score);
        }).ToList();
        return new ArticleHits(total, items);
    }

    // Newest paragraphs first, in the index's own rowid order: FTS5 walks its lists that way and stops at
    // the limit, so only the paragraphs returned get a snippet. (Ordered by the article's date, every
    // match was read and given a snippet before sorting, however often the corpus names them.)
    public async Task<IReadOnlyList<PhraseHit>> FindPhrasesAsync(IReadOnlyList<string> phrases, int limit, CancellationToken cancellationToken)
    {
        var match = FtsQuery.AnyPhrase(phrases);
        if (match is null)
        {
            return [];
        }

        return await QueryAsync("""
            SELECT a."Id", a."Slug", a."Title", p."Id", p."Ordinal",
                   snippet("ParagraphSearch", 0, char(2), char(3), '…', 16)
            FROM "ParagraphSearch"
            JOIN "Paragraphs" p ON p."Id" = "ParagraphSearch".rowid
            JOIN "Articles" a ON a."Id" = p."ArticleId"
            WHERE "ParagraphSearch" MATCH @q
            ORDER BY "ParagraphSearch".rowid DESC
            LIMIT @take
            """, r => new PhraseHit(r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetInt32(4), SnippetHtml.Render(r.GetString(5))),
            cancellationToken, ("@q", match), ("@take", limit));
    }

    // The best-ranked paragraph's snippet for each article on the page. Any of the words will do: an
    // article found through its title and one paragraph still shows the words it has.
    private async Task<Dictionary<int, string>> SnippetsAsync(string match, IReadOnlyList<int> articleIds, CancellationToken cancellationToken)
    {
        var snippets = new Dictionary<int, string>();
        if (articleIds.Count == 0)
        {
            return snippets;
        }

        var parameters = articleIds.Select((id, i) => ($"@a{i}", (object)id)).ToList();
        var rows = await QueryAsync($"""
            SELECT p."ArticleId", snippet("ParagraphSearch", 0, char(2), char(3), '…', 24)
            FROM "ParagraphSearch" JOIN "Paragraphs" p ON p."Id" = "ParagraphSearch".rowid
            WHERE "ParagraphSearch" MATCH @q AND p."ArticleId" IN ({string.Join(", ", parameters.Select(p => p.Item1))})
            ORDER BY bm25("ParagraphSearch")
            """, r => (ArticleId: r.GetInt32(0), Snippet: r.GetString(1)), cancellationToken, [("@q", match), .. parameters]);
        foreach (var (articleId, snippet) in rows)
        {
            snippets.TryAdd(articleId, SnippetHtml.Render(snippet));
        }

        return snippets;
    }

    private static string? Shorten(string? text) => text is null || text.Length <= 200 ? text : text[..200] + "…";

    private async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = await CommandAsync(sql, parameters, cancellationToken);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private async Task<List<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> map, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = await CommandAsync(sql, parameters, cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private async Task<DbCommand> CommandAsync(string sql, (string Name, object Value)[] parameters, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
