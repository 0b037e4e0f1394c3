using NewsReader.Web.Data;
using NewsReader.Web.Domain;
using NewsReader.Web.People;
using NewsReader.Web.Search;
using NewsReader.Web.Tagging;

namespace NewsReader.Web.Api;

/// <summary>
/// One person, their quotes and the articles that name them, read by anyone. A merged person's old slug
/// answers 301 to the same route under the slug they were merged into, as the person page does.
/// (<c>GET /api/people?q=</c>, the picker's candidates, is <see cref="NamesApi"/>.)
/// </summary>
public static class PeopleApi
{
    public sealed record PersonDetails(string Slug, string Name, IReadOnlyList<string> Aliases, string? Description, int QuoteCount, int ArticleCount);

    public sealed record ArticleRef(string Slug, string Title);

    /// <summary>A quote; one from an earlier version of the article (an orphan) has no paragraph.</summary>
    public sealed record QuoteItem(int AnnotationId, string Exact, ArticleRef Article, int? ParagraphId, string Context)
    {
        public bool FromEarlierVersion { get; init; }
    }

    /// <summary>
    /// <see cref="Snippet"/> is HTML: text encoded, the name (or the quote) in &lt;mark&gt;. <see cref="Link"/>
    /// goes to the highlight (tagged), the suggestion (an untagged article with a suggested mention of them,
    /// <see cref="SuggestionId"/> and its <see cref="Confidence"/> set) or the paragraph that names them.
    /// </summary>
    public sealed record ArticleItem(string Slug, string Title, bool Tagged, string Snippet, string Link, int? SuggestionId, double? Confidence);

    /// <summary>Articles with a suggested mention listed at most, newest first (the review queue has them all).</summary>
    public const int SuggestedLimit = 100;

    public static IEndpointRouteBuilder MapPeopleApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/people/{slug}", GetAsync);
        app.MapGet("/api/people/{slug}/quotes", QuotesAsync);
        app.MapGet("/api/people/{slug}/articles", ArticlesAsync);
        return app;
    }

    private static async Task<IResult> GetAsync(string slug, NewsReaderDbContext db, NameAdministration names, CancellationToken cancellationToken)
    {
        var person = await PersonQueries.FindAsync(db, slug, cancellationToken);
        return person is null
            ? await MissingAsync(slug, string.Empty, names, cancellationToken)
            : TypedResults.Ok(new PersonDetails(person.Slug, person.Name, person.Aliases, person.Description, person.QuoteCount, person.ArticleCount));
    }

    private static async Task<IResult> QuotesAsync(string slug, NewsReaderDbContext db, NameAdministration names, CancellationToken cancellationToken)
    {
        var person = await PersonQueries.FindAsync(db, slug, cancellationToken);
        if (person is null)
        {
            return await MissingAsync(slug, "/quotes", names, cancellationToken);
        }

        var quotes = await PersonQueries.QuotesAsync(db, person.Id, cancellationToken);
        return TypedResults.Ok(quotes.Select(q => new QuoteItem(
            q.AnnotationId, q.Exact, new ArticleRef(q.ArticleSlug, q.ArticleTitle), q.ParagraphId, q.Prefix + q.Exact + q.Suffix) { FromEarlierVersion = q.FromEarlierVersion }).ToList());
    }

    private static async Task<IResult> ArticlesAsync(string slug, NewsReaderDbContext db, IArticleSearch search, NameAdministration names, CancellationToken cancellationToken)
    {
        var person = await PersonQueries.FindAsync(db, slug, cancellationToken);
        if (person is null)
        {
            return await MissingAsync(slug, "/articles", names, cancellationToken);
        }

        // The person page's order: tagged, then suggested mentions, then articles whose text names them.
        var tagged = await PersonQueries.TaggedArticlesAsync(db, person.Id, cancellationToken);
        var suggested = await PersonQueries.SuggestedInAsync(db, person, SuggestedLimit, cancellationToken);
        var namedIn = await PersonQueries.AlsoNamedInAsync(search, person, suggested.Select(s => s.ArticleId), cancellationToken);
        return TypedResults.Ok(tagged.Select(t => new ArticleItem(t.Slug, t.Title, true, Kwic.Html(t.Prefix, t.Exact, t.Suffix), $"/articles/{Uri.EscapeDataString(t.Slug)}#h-{t.FirstAnnotationId}", null, null))
            .Concat(suggested.Select(s => new ArticleItem(s.Slug, s.Title, false, Kwic.Html(s.Prefix, s.Exact, s.Suffix), $"/articles/{Uri.EscapeDataString(s.Slug)}#s-{s.SuggestionId}", s.SuggestionId, s.Confidence)))
            .Concat(namedIn.Select(n => new ArticleItem(n.Slug, n.Title, false, n.SnippetHtml, $"/articles/{Uri.EscapeDataString(n.Slug)}#p{n.ParagraphNumber}", null, null)))
            .ToList());
    }

    private static async Task<IResult> MissingAsync(string slug, string rest, NameAdministration names, CancellationToken cancellationToken)
    {
        var moved = await names.RedirectForAsync(SlugRedirect.PersonKind, slug, cancellationToken);
        return moved is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Person not found", detail: $"No person has the slug '{slug}'.")
            : TypedResults.Redirect($"/api/people/{Uri.EscapeDataString(moved)}{rest}", permanent: true);
    }
}
