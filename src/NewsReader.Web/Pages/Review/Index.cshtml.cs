using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Accounts;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;
using NewsReader.Web.Pages.Shared;
using NewsReader.Web.Reviewing;
using NewsReader.Web.Tagging;

namespace NewsReader.Web.Pages.Review;

/// <summary>
/// The review queue: pending suggestions across articles, most confident first, filtered by kind and a
/// floor on confidence (a GET form, so a filtered queue is a link). Anyone reads it; signed-in users accept
/// or reject with plain forms that work without JavaScript, and come back to the same place in the queue.
/// </summary>
public sealed class IndexModel(NewsReaderDbContext db, SuggestionReview review) : PageModel
{
    public const int PageSize = 20;

    /// <summary>"quote" or "person"; anything else is every kind.</summary>
    [BindProperty(SupportsGet = true, Name = "kind")]
    public string? Kind { get; set; }

    /// <summary>The lowest confidence shown, in percent.</summary>
    [BindProperty(SupportsGet = true, Name = "min")]
    public int? Min { get; set; }

    [TempData]
    public string? QueueMessage { get; set; }

    [TempData]
    public string? QueueError { get; set; }

    public IReadOnlyList<ReviewEntry> Entries { get; private set; } = [];

    /// <summary>Pending suggestions that match the filters.</summary>
    public int Total { get; private set; }

    /// <summary>Pending suggestions of any kind and confidence.</summary>
    public int AllPending { get; private set; }

    public Pager Pager { get; private set; } = new(1, 1, "/review");

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public string? KindFilter => Kind is "quote" or "person" ? Kind : null;

    public int MinPercent => Math.Clamp(Min ?? 0, 0, 100);

    public bool Filtered => KindFilter is not null || MinPercent > 0;

    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber, CancellationToken cancellationToken)
    {
        AnnotationKind? kind = KindFilter switch
        {
            "quote" => AnnotationKind.Quote,
            "person" => AnnotationKind.Person,
            _ => null,
        };
        var floor = MinPercent / 100.0;
        var page = Math.Max(1, pageNumber);
        var queue = await SuggestionQueries.QueueAsync(db, page, PageSize, kind, floor, cancellationToken);
        var pages = Paging.PageCount(queue.Total, PageSize);
        if (page > pages)
        {
            // Reviewing the last items of the last page empties it: show the page before instead.
            page = pages;
            queue = await SuggestionQueries.QueueAsync(db, page, PageSize, kind, floor, cancellationToken);
        }

        Total = queue.Total;
        AllPending = Filtered ? await SuggestionQueries.CountPendingAsync(db, null, 0, cancellationToken) : Total;
        Entries = [.. queue.Items.Select((item, i) => ReviewEntry.From(item, i + 1))];
        Pager = new Pager(page, pages, Link(1), "More confident", "Less confident");
    }

    public async Task<IActionResult> OnPostAcceptAsync(int id, string? name, [FromForm(Name = "page")] int pageNumber, int position, CancellationToken cancellationToken)
    {
        if (!SignedIn)
        {
            return Challenge(); // handlers cannot carry [Authorize]; reading the queue stays anonymous
        }

        var corrections = string.IsNullOrWhiteSpace(name) ? null : new SuggestionCorrections(Person: new NameRef(null, name.Trim()));
        var result = await review.AcceptAsync(id, corrections, User.ToActor(), cancellationToken);
        if (result.Status == TaggingStatus.Ok)
        {
            var annotation = result.Value!;
            QueueMessage = annotation.Kind == AnnotationKind.Quote
                ? $"Accepted: quote by {annotation.Person?.Name}"
                : $"Accepted: mention of {annotation.Person?.Name}";
        }
        else
        {
            QueueError = result.Status == TaggingStatus.Invalid && result.Errors.ContainsKey("person") && corrections is null
                ? "To accept this quote, enter the name of the person who said it (or reject it)."
                : Problem(id, result.Status, result.Errors, result.Message);
        }

        return Redirect(Link(pageNumber) + $"#item-{Math.Max(1, position)}");
    }

    public async Task<IActionResult> OnPostRejectAsync(int id, [FromForm(Name = "page")] int pageNumber, int position, CancellationToken cancellationToken)
    {
        if (!SignedIn)
        {
            return Challenge();
        }

        var result = await review.RejectAsync(id, User.ToActor(), cancellationToken);
        if (result.Status == TaggingStatus.Ok)
        {
            QueueMessage = "Rejected: it will not be suggested again";
        }
        else
        {
            QueueError = Problem(id, result.Status, result.Errors, result.Message);
        }

        return Redirect(Link(pageNumber) + $"#item-{Math.Max(1, position)}");
    }

    /// <summary>The queue with the current filters at a page; defaults are left out of the URL.</summary>
    public string Link(int page)
    {
        var query = new Dictionary<string, string?>();
        if (KindFilter is not null)
        {
            query["kind"] = KindFilter;
        }

        if (MinPercent > 0)
        {
            query["min"] = MinPercent.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (page > 1)
        {
            query["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return QueryHelpers.AddQueryString("/review", query);
    }

    private static string Problem(int id, TaggingStatus status, IReadOnlyDictionary<string, string[]> errors, string? message) => status switch
    {
        TaggingStatus.Conflict => $"Not changed: suggestion {id} was already reviewed by someone else. {message}",
        TaggingStatus.NotFound => $"Suggestion {id} no longer exists: its article changed and the suggestion was withdrawn.",
        _ => string.Join(" ", errors.SelectMany(e => e.Value).DefaultIfEmpty(message ?? "The suggestion could not be reviewed.")),
    };
}
