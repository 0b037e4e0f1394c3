using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NewsReader.Web.Data;
using NewsReader.Web.Data.Migrations.Postgres;
using NewsReader.Web.Domain;

namespace NewsReader.Web.Search.Postgres;

/// <summary>
/// <see cref="IArticleSearch"/> over PostgreSQL's full-text search: the stored <c>tsvector</c> columns of paragraphs
/// and titles and their GIN indexes (see <see cref="PostgresSearchAndTallies"/>), under a configuration that folds
/// case and accents and keeps every word, as FTS5's unicode61 does. The same contract as
/// <see cref="Sqlite.SqliteArticleSearch"/>: every word in one paragraph or in the title, an article scored by its
/// best paragraph or twice its title (<c>ts_rank</c> here, bm25 there), matches marked in snippets. Queries are
/// built from <see cref="FtsQuery.Terms"/>, letters and digits only, and passed as parameters.
/// </summary>
public sealed class PostgresArticleSearch(NewsReaderDbContext db) : IArticleSearch
{
    private const string Config = $"'{PostgresSearchAndTallies.Configuration}'::regconfig";

    // ts_headline's options: the same markers as FTS5's snippets (SnippetHtml), about as many words.
    private static string Headline(int words) =>
        $"StartSel={SnippetHtml.Open}, StopSel={SnippetHtml.Close}, MaxWords={words}, MinWords={Math.Max(4, words / 2)}, ShortWord=0, HighlightAll=false";

    public async Task<ArticleHits> SearchAsync(string query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var terms = FtsQuery.Terms(query);
        if (terms.Count == 0)
        {
            return new ArticleHits(0, []);
        }

        var all = string.Join(' ', terms);
        var counted = Convert.ToInt32(await db.ScalarAsync($"""
            SELECT COUNT(*) FROM (
                SELECT DISTINCT id FROM (
                    SELECT p."ArticleId" AS id FROM "Paragraphs" p WHERE p."Search" @@ plainto_tsquery({Config}, @q)
                    UNION ALL
                    SELECT a."Id" FROM "Articles" a WHERE a."Search" @@ plainto_tsquery({Config}, @q)) AS hits
                LIMIT @cap) AS capped
            """, cancellationToken, ("q", all), ("cap", ArticleHits.CountLimit + 1)), System.Globalization.CultureInfo.InvariantCulture);
        var total = Math.Min(counted, ArticleHits.CountLimit);

        var ranked = await db.QueryAsync($"""
            WITH q AS (SELECT plainto_tsquery({Config}, @q) AS query),
            hits AS (
                SELECT p."ArticleId" AS id, ts_rank(p."Search", q.query) AS score FROM "Paragraphs" p, q WHERE p."Search" @@ q.query
                UNION ALL
                SELECT a."Id", 2 * ts_rank(a."Search", q.query) FROM "Articles" a, q WHERE a."Search" @@ q.query)
            SELECT id, max(score)::double precision AS score FROM hits GROUP BY id ORDER BY score DESC, id LIMIT @take OFFSET @skip
            """, r => (Id: r.GetInt32(0), Score: r.GetDouble(1)), cancellationToken,
            ("q", all), ("take", pageSize), ("skip", Paging.Offset(page, pageSize)));

        var ids = ranked.Select(r => r.Id).ToList();
        var snippets = await SnippetsAsync(AnyWord(terms), ids, cancellationToken);
        var articles = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Slug, a.Title, First = a.Paragraphs.OrderBy(p => p.Ordinal).Select(p => p.Text).FirstOrDefault() })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var items = ranked.Where(r => articles.ContainsKey(r.Id)).Select(r =>
        {
            var article = articles[r.Id];
            var snippet = snippets.GetValueOrDefault(r.Id) ?? SnippetHtml.RenderOpening(article.First);
            return new ArticleHit(r.Id, article.Slug, article.Title, snippet, r.Score);
        }).ToList();
        return new ArticleHits(total, items, counted > ArticleHits.CountLimit);
    }

    public async Task<IReadOnlyList<PhraseHit>> FindPhrasesAsync(IReadOnlyList<string> phrases, int limit, int? notTaggedWith, CancellationToken cancellationToken)
    {
        var quoted = phrases.Select(FtsQuery.Terms).Where(t => t.Count > 0).Select(t => string.Join(' ', t)).Distinct().ToList();
        if (quoted.Count == 0)
        {
            return [];
        }

        // Any of the phrases, each words in order: phraseto_tsquery per phrase, joined with tsquery's OR. The newest
        // matches first, found through the GIN index and then sorted ("Id" + 0): ordered by "Id" alone, the planner
        // walks the primary key backwards testing every paragraph, expecting matches to come soon, and for a name
        // in a few hundred of 474,000 paragraphs that took 0.7-13 s (a person page at 100,000 articles).
        var query = string.Join(" || ", quoted.Select((_, i) => $"phraseto_tsquery({Config}, @p{i})"));
        var untagged = notTaggedWith is null ? string.Empty : """
            AND NOT EXISTS (SELECT 1 FROM "Annotations" t
                            WHERE t."ArticleId" = p."ArticleId" AND t."PersonId" = @person AND t."DeletedAt" IS NULL)
            """;
        List<(string, object)> parameters = [.. quoted.Select((p, i) => ($"p{i}", (object)p)), ("take", limit), ("options", Headline(16))];
        if (notTaggedWith is int person)
        {
            parameters.Add(("person", person));
        }

        var rows = await db.QueryAsync($"""
            WITH q AS (SELECT {query} AS query),
            found AS (
                SELECT p."Id", p."ArticleId", p."Ordinal", p."Text" FROM "Paragraphs" p
                WHERE p."Search" @@ ({query}) {untagged}
                ORDER BY p."Id" + 0 DESC
                LIMIT @take)
            SELECT a."Id", a."Slug", a."Title", f."Id", f."Ordinal", f."Text", ts_headline({Config}, f."Text", q.query, @options)
            FROM found f JOIN "Articles" a ON a."Id" = f."ArticleId", q
            ORDER BY f."Id" DESC
            """, r => new PhraseHit(r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetInt32(4), SnippetHtml.Render(Ellipsis(r.GetString(5), r.GetString(6)))),
            cancellationToken, [.. parameters]);
        return rows;
    }

    // The best-ranked paragraph's snippet for each article on the page, from any of the words.
    private async Task<Dictionary<int, string>> SnippetsAsync(string anyWord, IReadOnlyList<int> articleIds, CancellationToken cancellationToken)
    {
        var snippets = new Dictionary<int, string>();
        if (articleIds.Count == 0)
        {
            return snippets;
        }

        var rows = await db.QueryAsync($"""
            WITH q AS (SELECT to_tsquery({Config}, @q) AS query),
            best AS (
                SELECT DISTINCT ON (p."ArticleId") p."ArticleId", p."Text"
                FROM "Paragraphs" p, q
                WHERE p."ArticleId" = ANY(@ids) AND p."Search" @@ q.query
                ORDER BY p."ArticleId", ts_rank(p."Search", q.query) DESC, p."Ordinal")
            SELECT best."ArticleId", best."Text", ts_headline({Config}, best."Text", q.query, @options) FROM best, q
            """, r => (ArticleId: r.GetInt32(0), Text: r.GetString(1), Snippet: r.GetString(2)), cancellationToken,
            ("q", anyWord), ("ids", articleIds.ToArray()), ("options", Headline(24)));
        foreach (var (articleId, text, snippet) in rows)
        {
            snippets.TryAdd(articleId, SnippetHtml.Render(Ellipsis(text, snippet)));
        }

        return snippets;
    }

    // tsquery syntax for "any of these words": each a quoted lexeme (terms hold letters and digits only).
    private static string AnyWord(IReadOnlyList<string> terms) => string.Join(" | ", terms.Select(t => $"'{t}'"));

    /// <summary>
    /// ts_headline returns a stretch of the paragraph without saying where it was cut; FTS5's snippets mark a cut
    /// with "…", and so does this.
    /// </summary>
    internal static string Ellipsis(string text, string headline)
    {
        var plain = headline.Replace(SnippetHtml.Open.ToString(), string.Empty, StringComparison.Ordinal).Replace(SnippetHtml.Close.ToString(), string.Empty, StringComparison.Ordinal);
        var at = text.IndexOf(plain, StringComparison.Ordinal);
        if (at < 0)
        {
            return headline;
        }

        return (at > 0 ? "…" : string.Empty) + headline + (at + plain.Length < text.Length ? "…" : string.Empty);
    }
}
