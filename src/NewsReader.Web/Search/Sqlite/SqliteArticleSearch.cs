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
            SELECT p."ArticleId" AS ArticleId
            FROM "ParagraphSearch" JOIN "Paragraphs" p ON p."Id" = "ParagraphSearch".rowid
            WHERE "ParagraphSearch" MATCH @q
            UNION ALL
            SELECT "ArticleSearch".rowid FROM "ArticleSearch" WHERE "ArticleSearch" MATCH @q)
        """;

    /// <summary>
    /// Articles matching every word, best first: an article scores its best paragraph's bm25, or twice its
    /// title's. Ranked from the best-scoring paragraphs and titles only (FTS5 sorts by rank itself and
    /// the join reads only those), enough of them that the page is exactly what ranking every match would
    /// give: see <see cref="RankedPageAsync"/>. Counted up to <see cref="ArticleHits.CountLimit"/>.
    /// </summary>
    public async Task<ArticleHits> SearchAsync(string query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var match = FtsQuery.AllWords(query);
        if (match is null)
        {
            return new ArticleHits(0, []);
        }

        var counted = Convert.ToInt32(await db.ScalarAsync($"{Hits} SELECT COUNT(*) FROM (SELECT DISTINCT ArticleId FROM hits LIMIT @cap)", cancellationToken, ("@q", match), ("@cap", ArticleHits.CountLimit + 1)), System.Globalization.CultureInfo.InvariantCulture);
        var total = Math.Min(counted, ArticleHits.CountLimit);
        var ranked = await RankedPageAsync(match, Paging.Offset(page, pageSize), pageSize, cancellationToken);
        var snippets = await SnippetsAsync(FtsQuery.AnyWord(query)!, ranked.Select(r => r.Id).ToList(), cancellationToken);
        var ids = ranked.Select(r => r.Id).ToList();
        var articles = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Slug, a.Title, First = a.Paragraphs.OrderBy(p => p.Ordinal).Select(p => p.Text).FirstOrDefault() })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var items = ranked.Where(r => articles.ContainsKey(r.Id)).Select(r =>
        {
            var article = articles[r.Id];
            var snippet = snippets.GetValueOrDefault(r.Id) ?? SnippetHtml.RenderOpening(article.First);
            return new ArticleHit(r.Id, article.Slug, article.Title, snippet, -r.Score);
        }).ToList();
        return new ArticleHits(total, items, counted > ArticleHits.CountLimit);
    }

    /// <summary>
    /// One page of articles by score, from the <c>k</c> best paragraphs and <c>k</c> best titles. Every
    /// paragraph or title left out scores no better than the worst one taken (call it T), so each article
    /// scoring better than T has its best match among those taken and is ranked exactly; when the page's
    /// last article scores better than T (or nothing was left out) the page is exact. Otherwise k doubles.
    /// </summary>
    private async Task<List<(int Id, double Score)>> RankedPageAsync(string match, int skip, int take, CancellationToken cancellationToken)
    {
        var needed = skip + take;
        for (var k = Math.Max(200, needed * 4); ; k *= 2)
        {
            var paragraphs = await db.QueryAsync("""
                SELECT p."ArticleId", top.Rank FROM (
                    SELECT rowid AS Id, rank AS Rank FROM "ParagraphSearch" WHERE "ParagraphSearch" MATCH @q ORDER BY rank LIMIT @k) AS top
                JOIN "Paragraphs" p ON p."Id" = top.Id
                """, r => (Id: r.GetInt32(0), Score: r.GetDouble(1)), cancellationToken, ("@q", match), ("@k", k));
            var titles = await db.QueryAsync("""
                SELECT rowid, 2.0 * rank FROM "ArticleSearch" WHERE "ArticleSearch" MATCH @q ORDER BY rank LIMIT @k
                """, r => (Id: r.GetInt32(0), Score: r.GetDouble(1)), cancellationToken, ("@q", match), ("@k", k));

            var scored = paragraphs.Concat(titles).GroupBy(h => h.Id)
                .Select(g => (Id: g.Key, Score: g.Min(h => h.Score)))
                .OrderBy(a => a.Score).ThenBy(a => a.Id)
                .ToList();
            var bound = Math.Min(paragraphs.Count == k ? paragraphs.Max(h => h.Score) : double.PositiveInfinity,
                titles.Count == k ? titles.Max(h => h.Score) : double.PositiveInfinity);
            var exact = double.IsPositiveInfinity(bound) || (scored.Count >= needed && scored[needed - 1].Score < bound);
            if (exact || k >= 1 << 20)
            {
                return [.. scored.Skip(skip).Take(take)];
            }
        }
    }

    // Newest paragraphs first, in the index's own rowid order: FTS5 walks its lists that way and stops at
    // the limit, so only the paragraphs returned get a snippet. (Ordered by the article's date, every
    // match was read and given a snippet before sorting, however often the corpus names them.)
    public async Task<IReadOnlyList<PhraseHit>> FindPhrasesAsync(IReadOnlyList<string> phrases, int limit, int? notTaggedWith, CancellationToken cancellationToken)
    {
        var match = FtsQuery.AnyPhrase(phrases);
        if (match is null)
        {
            return [];
        }

        // Newest first is the index's own order, so SQLite stops after `limit` rows and makes only their
        // snippets; the tagged-article test is one probe of Annotations(ArticleId, PersonId) a hit.
        var untagged = notTaggedWith is null ? string.Empty : """
            AND NOT EXISTS (SELECT 1 FROM "Annotations" t
                            WHERE t."ArticleId" = p."ArticleId" AND t."PersonId" = @person AND t."DeletedAt" IS NULL)
            """;
        return await db.QueryAsync($"""
            SELECT a."Id", a."Slug", a."Title", p."Id", p."Ordinal",
                   snippet("ParagraphSearch", 0, char(2), char(3), '…', 16)
            FROM "ParagraphSearch"
            JOIN "Paragraphs" p ON p."Id" = "ParagraphSearch".rowid
            JOIN "Articles" a ON a."Id" = p."ArticleId"
            WHERE "ParagraphSearch" MATCH @q {untagged}
            ORDER BY "ParagraphSearch".rowid DESC
            LIMIT @take
            """, r => new PhraseHit(r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetInt32(4), SnippetHtml.Render(r.GetString(5))),
            cancellationToken, [("@q", match), ("@take", limit), .. notTaggedWith is int person ? [("@person", (object)person)] : Array.Empty<(string, object)>()]);
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
        var rows = await db.QueryAsync($"""
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
}
