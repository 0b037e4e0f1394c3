using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;

namespace NewsReader.Web.Search;

/// <summary>
/// Person-first search: people (name, alias, close spelling), topics, quotes whose text has every
/// word, and articles by full text. Shared by the /search page and <c>GET /api/search</c>.
/// </summary>
public sealed class SearchService(NewsReaderDbContext db, IArticleSearch articles, NameCandidateCache names, SearchResultCache cache, Hosting.PageCache pages)
{
    public const int MaxQueryLength = 500;
    public const int PageSize = 20;
    private const int NameResults = 8;
    private const int QuoteResults = 20;

    public sealed record NameResult(string Slug, string Name, IReadOnlyList<string> Aliases);

    public sealed record QuoteResult(int AnnotationId, string Exact, NameResult Person, string ArticleSlug, string ArticleTitle);

    public sealed record Results(string Query, bool WasCut, int Page, IReadOnlyList<NameResult> People, IReadOnlyList<NameResult> Topics, IReadOnlyList<QuoteResult> Quotes, ArticleHits Articles)
    {
        public int Pages => Paging.PageCount(Articles.Total, PageSize);
    }

    /// <summary>Any text is safe here: it is cut to <see cref="MaxQueryLength"/> and only ever used as data.</summary>
    public async Task<Results> SearchAsync(string? query, int page, CancellationToken cancellationToken)
    {
        var text = (query ?? string.Empty).Trim();
        var cut = text.Length > MaxQueryLength;
        if (cut)
        {
            text = text[..MaxQueryLength];
            if (char.IsHighSurrogate(text[^1]))
            {
                text = text[..^1];
            }
        }

        page = Math.Max(1, page);
        if (text.Length == 0)
        {
            return new Results(text, cut, page, [], [], [], new ArticleHits(0, []));
        }

        // The same search again (a reader paging back, a signed-in reader the output cache does not
        // serve) is answered from memory until anything is written.
        return await cache.GetOrAddAsync(pages.Generation, text, page, () => FindAsync(text, cut, page, cancellationToken));
    }

    private async Task<Results> FindAsync(string text, bool cut, int page, CancellationToken cancellationToken)
    {
        var people = Rank(await names.PeopleAsync(cancellationToken), text);
        var topics = Rank(await names.TopicsAsync(cancellationToken), text);
        var quotes = page == 1 ? await QuotesAsync(text, cancellationToken) : [];
        var found = await articles.SearchAsync(text, page, PageSize, cancellationToken);
        return new Results(text, cut, page, people, topics, quotes, found);
    }

    private static IReadOnlyList<NameResult> Rank(IReadOnlyList<PreparedName> candidates, string text) =>
        NameRanker.Rank(text, candidates, NameResults)
            .Select(r => new NameResult(r.Candidate.Slug, r.Candidate.Name, r.Candidate.Aliases))
            .ToList();

    // Quotes whose text contains every word; shorter quotes first (the words make up more of them).
    private async Task<IReadOnlyList<QuoteResult>> QuotesAsync(string text, CancellationToken cancellationToken)
    {
        var terms = FtsQuery.Terms(text);
        if (terms.Count == 0)
        {
            return [];
        }

        var quotes = db.Annotations.AsNoTracking().Where(a => a.Kind == AnnotationKind.Quote && a.Person != null);
        foreach (var term in terms)
        {
            var pattern = "%" + term.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            // LIKE folds ASCII case on SQLite; PostgreSQL's LIKE is case-sensitive, its ILIKE is not.
            quotes = db.Database.IsNpgsql()
                ? quotes.Where(a => EF.Functions.ILike(a.Exact, pattern, "\\"))
                : quotes.Where(a => EF.Functions.Like(a.Exact, pattern, "\\"));
        }

        return await quotes
            .OrderBy(a => a.Exact.Length).ThenByDescending(a => a.CreatedAt)
            .Take(QuoteResults)
            .Join(db.Articles, a => a.ArticleId, r => r.Id, (a, r) => new QuoteResult(a.Id, a.Exact, new NameResult(a.Person!.Slug, a.Person.Name, new List<string>()), r.Slug, r.Title))
            .ToListAsync(cancellationToken);
    }
}
