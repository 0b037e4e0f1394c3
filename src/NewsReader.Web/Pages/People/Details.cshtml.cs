using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Web.Accounts;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;
using NewsReader.Web.People;
using NewsReader.Web.Search;
using NewsReader.Web.Tagging;

namespace NewsReader.Web.Pages.People;

/// <summary>
/// A person: names, description, their quotes, the articles tagged with them, the articles that name
/// them untagged (signed-in users tag those from here), the topics they are quoted on and who is quoted
/// alongside them; admins edit and merge. The reads are <see cref="PersonQueries"/>, shared with the API.
/// </summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = NewsReader.Web.Hosting.PageCache.Reading)]
public sealed class DetailsModel(NewsReaderDbContext db, NameAdministration names, IArticleSearch search, AnnotationService annotations, Reviewing.SuggestionReview review, Hosting.ReadingDataCache cache, Hosting.PageCache pages) : PageModel
{
    public PersonSummary? Person { get; private set; }

    public IReadOnlyList<PersonQuote> Quotes { get; private set; } = [];

    public IReadOnlyList<TaggedArticle> TaggedArticles { get; private set; } = [];

    /// <summary>"Also named in", first part: articles with a pending suggested mention of them.</summary>
    public IReadOnlyList<SuggestedIn> SuggestedIn { get; private set; } = [];

    /// <summary>"Also named in", second part: articles whose text names them, found by full text, without a suggestion.</summary>
    public IReadOnlyList<NamedIn> AlsoNamedIn { get; private set; } = [];

    public IReadOnlyList<NameCount> Topics { get; private set; } = [];

    public IReadOnlyList<NameCount> QuotedAlongside { get; private set; } = [];

    /// <summary>Quotes and tagged articles a page; "also named in" shows this many of each kind, newest first.</summary>
    public const int PageSize = 20;

    /// <summary>The page of quotes shown (<c>?page=</c>).</summary>
    public Shared.Pager QuotePager { get; private set; } = new(1, 1, "/");

    /// <summary>The page of tagged articles shown (<c>?articles=</c>).</summary>
    public Shared.Pager ArticlePager { get; private set; } = new(1, 1, "/");

    public bool IsAdmin => User.IsInRole(Roles.Admin);

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    private int QuotePage { get; set; } = 1;

    private int ArticlePage { get; set; } = 1;

    // "page" is also Razor Pages' own route value (the page's path), so the query string is read directly.
    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int? quotePage, [FromQuery(Name = "articles")] int? articlePage, CancellationToken cancellationToken)
    {
        QuotePage = quotePage ?? 1;
        ArticlePage = articlePage ?? 1;
        return await LoadAsync(slug, cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnPostMentionAsync(string slug, int paragraphId, CancellationToken cancellationToken)
    {
        if (!SignedIn)
        {
            return Challenge(); // handlers cannot carry [Authorize]; reading the page stays anonymous
        }

        var result = await MentionTagging.TagFirstMentionAsync(db, annotations, slug, paragraphId, User.ToActor(), cancellationToken);
        return result.Status == TaggingStatus.Ok
            ? RedirectToPage("/People/Details", null, new { slug }, "tagged-articles")
            : await AfterAsync(slug, result.Status, result.Errors, null, cancellationToken, result.Message);
    }

    public async Task<IActionResult> OnPostAcceptSuggestionAsync(string slug, int suggestionId, CancellationToken cancellationToken)
    {
        if (!SignedIn)
        {
            return Challenge();
        }

        var result = await MentionTagging.AcceptSuggestedMentionAsync(db, review, slug, suggestionId, User.ToActor(), cancellationToken);
        return result.Status == TaggingStatus.Ok
            ? RedirectToPage("/People/Details", null, new { slug }, "tagged-articles")
            : await AfterAsync(slug, result.Status, result.Errors, null, cancellationToken, result.Message);
    }

    public async Task<IActionResult> OnPostEditAsync(string slug, string? name, string? aliases, string? description, CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return Forbid();
        }

        var aliasList = (aliases ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = await names.EditPersonAsync(slug, new NameAdministration.PersonChanges(name, aliasList, true, description), User.ToActor(), cancellationToken);
        return await AfterAsync(slug, result.Status, result.Errors, result.Value?.Slug, cancellationToken);
    }

    public async Task<IActionResult> OnPostMergeAsync(string slug, string? into, CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return Forbid();
        }

        var result = await names.MergePeopleAsync(slug, into?.Trim() ?? string.Empty, User.ToActor(), cancellationToken);
        return await AfterAsync(slug, result.Status, result.Errors, result.Value?.Slug, cancellationToken, result.Message);
    }

    private async Task<IActionResult> AfterAsync(string slug, TaggingStatus status, IReadOnlyDictionary<string, string[]> errors, string? newSlug, CancellationToken cancellationToken, string? message = null)
    {
        if (status == TaggingStatus.Ok)
        {
            return RedirectToPage("/People/Details", new { slug = newSlug });
        }

        foreach (var error in errors.SelectMany(e => e.Value).DefaultIfEmpty(message ?? "The change could not be made."))
        {
            ModelState.AddModelError(string.Empty, error);
        }

        return await LoadAsync(slug, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        // Read from the shared cache while nothing changes: a signed-in reader's page is rendered for them,
        // but what it shows of the corpus is the same for everyone.
        var data = await cache.GetOrAddAsync(pages.Generation, (slug, QuotePage, ArticlePage), () => LoadDataAsync(slug, cancellationToken), d => d.Characters);
        if (data is null)
        {
            var moved = await names.RedirectForAsync(SlugRedirect.PersonKind, slug, cancellationToken);
            return moved is null ? NotFound() : RedirectToPagePermanent("/People/Details", new { slug = moved });
        }

        Person = data.Person;
        Quotes = data.Quotes;
        TaggedArticles = data.TaggedArticles;
        SuggestedIn = data.SuggestedIn;
        AlsoNamedIn = data.AlsoNamedIn;
        Topics = data.Topics;
        QuotedAlongside = data.QuotedAlongside;
        var path = $"/people/{Uri.EscapeDataString(Person.Slug)}";
        QuotePager = new Shared.Pager(data.QuotePage, Paging.PageCount(Person.QuoteCount, PageSize), path + (ArticlePage > 1 ? $"?articles={ArticlePage}" : string.Empty)) { Fragment = "quotes", Label = "Pages of quotes" };
        ArticlePager = new Shared.Pager(data.ArticlePage, Paging.PageCount(Person.ArticleCount, PageSize), path + (data.QuotePage > 1 ? $"?page={data.QuotePage}" : string.Empty)) { Parameter = "articles", Fragment = "tagged-articles", Label = "Pages of tagged articles" };
        return null;
    }

    private async Task<PersonPageData?> LoadDataAsync(string slug, CancellationToken cancellationToken)
    {
        var person = await PersonQueries.FindAsync(db, slug, cancellationToken);
        if (person is null)
        {
            return null;
        }

        // Every list is a page or a bounded few: the page costs what one person's page of quotes costs,
        // not what the corpus holds about them.
        var quotePage = Paging.Shown(QuotePage, Paging.PageCount(person.QuoteCount, PageSize));
        var quotes = await PersonQueries.QuotesPageAsync(db, person.Id, quotePage, PageSize, cancellationToken);
        var articlePage = Paging.Shown(ArticlePage, Paging.PageCount(person.ArticleCount, PageSize));
        var tagged = await PersonQueries.TaggedArticlesPageAsync(db, person.Id, articlePage, PageSize, cancellationToken);
        var suggestedIn = await PersonQueries.SuggestedInAsync(db, person, PageSize, cancellationToken);
        var alsoNamedIn = await PersonQueries.AlsoNamedInAsync(search, person, suggestedIn.Select(s => s.ArticleId), cancellationToken, PageSize);
        var topics = await PersonQueries.TopicsQuotedOnAsync(db, person.Id, cancellationToken);
        var alongside = await PersonQueries.QuotedAlongsideAsync(db, person.Id, cancellationToken);
        return new PersonPageData(person, quotes, quotePage, tagged, articlePage, suggestedIn, alsoNamedIn, topics, alongside);
    }
}
