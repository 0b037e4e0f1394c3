using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Accounts;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;
using NewsReader.Web.Tagging;

namespace NewsReader.Web.Pages.Articles;

/// <summary>
/// One article with its highlights, the "In this article" panel, and (signed in) a form that tags
/// without JavaScript: paragraph number, exact text (n-th occurrence), kind, name, note.
/// </summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = NewsReader.Web.Hosting.PageCache.Reading)]
public sealed class DetailsModel(NewsReaderDbContext db, AnnotationService annotations, Reviewing.SuggestionReview review, Hosting.ReadingDataCache cache, Hosting.PageCache pages) : PageModel
{
    /// <summary>Corrections made in a suggestion's Edit form before accepting it.</summary>
    public sealed class SuggestionEdit
    {
        [RegularExpression("quote|person", ErrorMessage = "Choose quote or person.")]
        public string? Kind { get; set; }

        public string? Exact { get; set; }

        [StringLength(Person.MaxNameLength, ErrorMessage = "A name has at most {1} characters.")]
        public string? Name { get; set; }
    }

    /// <summary>
    /// The outcome of the last review action, shown above the suggestions after the redirect. Read from
    /// TempData by hand and for signed-in readers only: a [TempData] property loads and saves TempData on
    /// every request, and its cookie-clearing Set-Cookie kept anonymous pages out of the output cache.
    /// </summary>
    public string? ReviewMessage { get; private set; }

    private const string ReviewMessageKey = "ReviewMessage";

    /// <summary>The confidence choices of "accept all above".</summary>
    public static IReadOnlyList<double> AcceptAllLevels { get; } = [0.9, 0.8, 0.7, 0.5];

    public sealed class TagInput
    {
        [Range(1, NewsReader.Web.Domain.Article.MaxParagraphs, ErrorMessage = "Choose a paragraph.")]
        public int Paragraph { get; set; } = 1;

        [Required(ErrorMessage = "Enter the exact text to tag, as it appears in the paragraph.")]
        public string Exact { get; set; } = string.Empty;

        [Range(1, 1000, ErrorMessage = "The occurrence is a number from 1.")]
        public int Occurrence { get; set; } = 1;

        [Required]
        [RegularExpression("quote|person|topic", ErrorMessage = "Choose quote, person or topic.")]
        public string Kind { get; set; } = "quote";

        [Required(ErrorMessage = "Enter the speaker, the person or the topic.")]
        [StringLength(Person.MaxNameLength, ErrorMessage = "A name has at most {1} characters.")]
        public string Name { get; set; } = string.Empty;

        [StringLength(Annotation.MaxNoteLength, ErrorMessage = "A note has at most {1} characters.")]
        public string? Note { get; set; }
    }

    public ArticleReading? Article { get; private set; }

    [BindProperty]
    public TagInput Tag { get; set; } = new();

    /// <summary>After a change made with a form: what was done, with Undo or Redo.</summary>
    public ChangeNotice? Change { get; private set; }

    /// <summary>
    /// The suggestion whose Edit form is shown open (<c>?edit=</c>): the panel renders an Edit link, not a
    /// form, for each suggestion (a page with 130 suggestions carried 130 forms nobody had opened); without
    /// script the link asks for the page with that one form, with script the form is built in place.
    /// </summary>
    public int? EditingSuggestionId { get; private set; }

    /// <summary><paramref name="undo"/> names the change just made, <paramref name="redo"/> the undo just made (signed-in readers only).</summary>
    public async Task<IActionResult> OnGetAsync(string slug, long? undo, long? redo, int? edit, CancellationToken cancellationToken)
    {
        var signedIn = User.Identity?.IsAuthenticated == true;
        // Signed-in readers share what the page shows of the article and its suggestions while nothing
        // changes; anonymous readers get the output cache's copy of the whole page.
        Article = await cache.GetOrAddAsync(pages.Generation, (slug, signedIn), () => ArticleReading.LoadAsync(db, slug, signedIn, cancellationToken), a => a.Characters);
        if (Article is null)
        {
            return NotFound();
        }

        if (signedIn)
        {
            ReviewMessage = TempData[ReviewMessageKey] as string;
            EditingSuggestionId = edit;
            if ((undo ?? redo) is long eventId)
            {
                Change = await ChangeNotice.LoadAsync(db, eventId, undone: redo is not null, Article.Id, User.ToActor().UserId, cancellationToken);
            }
        }

        return Page();
    }


    public async Task<IActionResult> OnPostTagAsync(string slug, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge(); // handlers cannot carry [Authorize]; reading the page stays anonymous
        }

        Article = await ArticleReading.LoadAsync(db, slug, true, cancellationToken);
        if (Article is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var paragraph = Article.Paragraphs.ElementAtOrDefault(Tag.Paragraph - 1);
        var start = paragraph is null ? -1 : AnnotationRules.FindOccurrence(paragraph.Text, Tag.Exact, Tag.Occurrence);
        if (paragraph is null || start < 0)
        {
            ModelState.AddModelError("Tag.Exact", paragraph is null
                ? $"The article has {Article.Paragraphs.Count} paragraphs."
                : $"Paragraph {Tag.Paragraph} does not contain \"{Tag.Exact}\"{(Tag.Occurrence > 1 ? $" {Tag.Occurrence} times" : string.Empty)}.");
            return Page();
        }

        var name = new NameRef(null, Tag.Name);
        var result = await annotations.CreateAsync(slug, new NewAnnotation(paragraph.Id, start, start + Tag.Exact.Length, Tag.Exact, Tag.Kind,
            Tag.Kind == "topic" ? null : name, Tag.Kind == "topic" ? name : null, Tag.Note), User.ToActor(), cancellationToken);
        if (result.Status != TaggingStatus.Ok)
        {
            foreach (var message in result.Errors.SelectMany(e => e.Value).DefaultIfEmpty(result.Message ?? "The annotation could not be saved."))
            {
                ModelState.AddModelError(string.Empty, message);
            }

            return Page();
        }

        return RedirectToPage("/Articles/Details", null, new { slug, undo = annotations.LastEventId }, $"h-{result.Value!.Id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(string slug, int id, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        // The form deletes from the article it is on: an id from another article is not found here.
        if (!await db.Annotations.AnyAsync(a => a.Id == id && db.Articles.Any(article => article.Id == a.ArticleId && article.Slug == slug), cancellationToken))
        {
            return NotFound();
        }

        var result = await annotations.DeleteAsync(id, User.ToActor(), cancellationToken);
        return result.Status switch
        {
            TaggingStatus.Ok => RedirectToPage("/Articles/Details", null, new { slug, undo = annotations.LastEventId }, "change-status"),
            TaggingStatus.Forbidden => Forbid(),
            _ => NotFound(),
        };
    }

    public async Task<IActionResult> OnPostAcceptSuggestionAsync(string slug, int id, SuggestionEdit edit, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        var corrections = await CorrectionsAsync(id, edit, cancellationToken);
        if (corrections.Error is not null)
        {
            return Reviewed(slug, corrections.Error, id);
        }

        var result = await review.AcceptAsync(id, corrections.Value, User.ToActor(), cancellationToken);
        return result.Status switch
        {
            TaggingStatus.Ok => Reviewed(slug, AcceptedMessage(result.Value!), null, $"h-{result.Value!.Id}"),
            TaggingStatus.NotFound => NotFound(),
            _ => Reviewed(slug, result.Message ?? string.Join(" ", result.Errors.SelectMany(e => e.Value)), id),
        };
    }

    public async Task<IActionResult> OnPostRejectSuggestionAsync(string slug, int id, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        var result = await review.RejectAsync(id, User.ToActor(), cancellationToken);
        return result.Status switch
        {
            TaggingStatus.Ok => Reviewed(slug, "Rejected the suggestion; it will not be suggested again.", null),
            TaggingStatus.NotFound => NotFound(),
            _ => Reviewed(slug, result.Message ?? "The suggestion could not be rejected.", id),
        };
    }

    public async Task<IActionResult> OnPostAcceptAllAsync(string slug, double minConfidence, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        var result = await review.AcceptAllAsync(slug, minConfidence, User.ToActor(), cancellationToken);
        if (result.Status == TaggingStatus.NotFound)
        {
            return NotFound();
        }

        if (result.Status != TaggingStatus.Ok)
        {
            return Reviewed(slug, string.Join(" ", result.Errors.SelectMany(e => e.Value)), null);
        }

        var done = result.Value!;
        var message = $"Accepted {done.Accepted} {(done.Accepted == 1 ? "suggestion" : "suggestions")} at {Pages.Shared.Formats.Percent(minConfidence)} or more.";
        if (done.NeedSpeaker > 0)
        {
            message += $" {done.NeedSpeaker} {(done.NeedSpeaker == 1 ? "quote needs" : "quotes need")} a speaker named: use Edit.";
        }

        if (done.Failed > 0)
        {
            message += $" {done.Failed} could not be accepted (reviewed by someone else meanwhile).";
        }

        return Reviewed(slug, message, null);
    }

    public async Task<IActionResult> OnPostReviewPersonAsync(string slug, string name, bool accept, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        var result = await review.ReviewPersonAsync(slug, name ?? string.Empty, accept, User.ToActor(), cancellationToken);
        if (result.Status == TaggingStatus.NotFound)
        {
            return NotFound();
        }

        var done = result.Value!;
        var message = accept
            ? $"Accepted {done.Accepted} {(done.Accepted == 1 ? "mention" : "mentions")} of {name}."
            : $"Rejected {done.Accepted} {(done.Accepted == 1 ? "mention" : "mentions")} of {name}; they will not be suggested again.";
        return Reviewed(slug, done.Failed > 0 ? $"{message} {done.Failed} had been reviewed by someone else meanwhile." : message, null);
    }

    private sealed record Prepared(Reviewing.SuggestionCorrections? Value, string? Error);

    // The Edit form sends text rather than offsets: the corrected text is looked for around the suggestion.
    private async Task<Prepared> CorrectionsAsync(int id, SuggestionEdit edit, CancellationToken cancellationToken)
    {
        // Checked here rather than through ModelState, which also holds the tag form's (unsent) fields.
        var invalid = ModelState.Where(e => e.Key.StartsWith("edit.", StringComparison.OrdinalIgnoreCase)).SelectMany(e => e.Value!.Errors).Select(e => e.ErrorMessage).ToList();
        if (invalid.Count > 0)
        {
            return new Prepared(null, string.Join(" ", invalid));
        }

        var name = string.IsNullOrWhiteSpace(edit.Name) ? null : new NameRef(null, edit.Name.Trim());
        if (string.IsNullOrEmpty(edit.Exact))
        {
            return new Prepared(new Reviewing.SuggestionCorrections(Kind: edit.Kind, Person: name), null);
        }

        var place = await db.Suggestions.AsNoTracking().Where(s => s.Id == id)
            .Join(db.Paragraphs, s => s.ParagraphId, p => p.Id, (s, p) => new { s.Start, s.Exact, p.Text })
            .SingleOrDefaultAsync(cancellationToken);
        if (place is null || edit.Exact == place.Exact)
        {
            return new Prepared(new Reviewing.SuggestionCorrections(Kind: edit.Kind, Person: name), null);
        }

        var start = NearestOccurrence(place.Text, edit.Exact, place.Start);
        return start < 0
            ? new Prepared(null, $"The paragraph does not contain \"{Pages.Shared.Excerpts.Shorten(edit.Exact, 80)}\"; edit the text so it matches the article.")
            : new Prepared(new Reviewing.SuggestionCorrections(Kind: edit.Kind, Start: start, End: start + edit.Exact.Length, Exact: edit.Exact, Person: name), null);
    }

    private static int NearestOccurrence(string text, string exact, int near)
    {
        var best = -1;
        for (var at = text.IndexOf(exact, StringComparison.Ordinal); at >= 0; at = text.IndexOf(exact, at + 1, StringComparison.Ordinal))
        {
            if (best < 0 || Math.Abs(at - near) < Math.Abs(best - near))
            {
                best = at;
            }
        }

        return best;
    }

    private static string AcceptedMessage(AnnotationView annotation) => annotation.Kind == AnnotationKind.Quote
        ? $"Accepted: quote by {annotation.Person?.Name}."
        : $"Accepted: {annotation.Person?.Name} mentioned.";

    private RedirectToPageResult Reviewed(string slug, string message, int? failedId, string? fragment = null)
    {
        TempData[ReviewMessageKey] = message;
        // A suggestion that could not be accepted comes back with its Edit form open, to correct it there.
        return RedirectToPage("/Articles/Details", null, new { slug, edit = failedId }, fragment ?? (failedId is null ? "suggestions" : $"suggestion-{failedId}"));
    }

    /// <summary>Where a suggestion's Accept and Reject buttons post (they share one form and its token).</summary>
    public string SuggestionAction(string handler, int id) =>
        $"/articles/{Uri.EscapeDataString(Article!.Slug)}?handler={handler}&id={id.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>A suggestion's Edit form, filled in.</summary>
    public SuggestionEditForm EditForm(Reviewing.SuggestionView suggestion) =>
        new(suggestion.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), SuggestionAction("AcceptSuggestion", suggestion.Id),
            suggestion.Exact, suggestion.Kind, suggestion.Person?.Name, suggestion.Person is null);

    /// <summary>The Edit form the script copies for a suggestion (ids end in "new"; it fills in the rest).</summary>
    public static SuggestionEditForm EditTemplate { get; } = new("new", string.Empty, string.Empty, AnnotationKind.Quote, null, false);

    /// <summary>Whether the signed-in user may edit or delete an annotation (its author, or an admin).</summary>
    public bool MayChange(AnnotationView annotation) =>
        User.Identity?.IsAuthenticated == true && (User.IsInRole(Roles.Admin) || annotation.AuthorId == User.ToActor().UserId);
}
