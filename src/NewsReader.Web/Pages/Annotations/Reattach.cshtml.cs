using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Accounts;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;
using NewsReader.Web.Tagging;

namespace NewsReader.Web.Pages.Annotations;

/// <summary>
/// Puts an annotation on text of the current article, without JavaScript: an orphan whose text an edit
/// removed, or one re-anchored onto the wrong words. Its author or an admin only.
/// </summary>
public sealed class ReattachModel(NewsReaderDbContext db, AnnotationService annotations) : PageModel
{
    public sealed class PlaceInput
    {
        [Range(1, Article.MaxParagraphs, ErrorMessage = "Choose a paragraph.")]
        public int Paragraph { get; set; } = 1;

        [Required(ErrorMessage = "Enter the text to tag, exactly as the paragraph has it.")]
        public string Exact { get; set; } = string.Empty;

        [Range(1, 1000, ErrorMessage = "The occurrence is 1 for the first, 2 for the second...")]
        public int Occurrence { get; set; } = 1;
    }

    public sealed record ParagraphChoice(int Id, int Number, string Text);

    [BindProperty]
    public PlaceInput Input { get; set; } = new();

    public AnnotationView Annotation { get; private set; } = null!;

    public string ArticleSlug { get; private set; } = string.Empty;

    public string ArticleTitle { get; private set; } = string.Empty;

    public IReadOnlyList<ParagraphChoice> Paragraphs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var refused = await LoadAsync(id, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        // Start from the paragraph most likely to hold the text again: the first with its words in it.
        Input.Exact = Annotation.PreviousExact ?? Annotation.Exact;
        Input.Paragraph = Paragraphs.FirstOrDefault(p => p.Text.Contains(Input.Exact, StringComparison.Ordinal))?.Number ?? 1;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var input = Input;
        var refused = await LoadAsync(id, cancellationToken);
        Input = input;
        if (refused is not null || !ModelState.IsValid)
        {
            return refused ?? Page();
        }

        var paragraph = Paragraphs.ElementAtOrDefault(Input.Paragraph - 1);
        var start = paragraph is null ? -1 : AnnotationRules.FindOccurrence(paragraph.Text, Input.Exact, Input.Occurrence);
        if (paragraph is null || start < 0)
        {
            ModelState.AddModelError("Input.Exact", paragraph is null
                ? $"The article has {Paragraphs.Count} paragraphs."
                : $"Paragraph {Input.Paragraph} does not contain \"{Input.Exact}\"{(Input.Occurrence > 1 ? $" {Input.Occurrence} times" : string.Empty)}.");
            return Page();
        }

        var result = await annotations.ReattachAsync(id, new NewPlace(paragraph.Id, start, start + Input.Exact.Length, Input.Exact), User.ToActor(), cancellationToken);
        if (result.Status != TaggingStatus.Ok)
        {
            foreach (var message in result.Errors.SelectMany(e => e.Value).DefaultIfEmpty(result.Message ?? "The annotation could not be re-attached."))
            {
                ModelState.AddModelError(string.Empty, message);
            }

            return Page();
        }

        return RedirectToPage("/Articles/Details", null, new { slug = ArticleSlug, undo = annotations.LastEventId }, $"h-{id}");
    }

    // Null when the page may be shown; otherwise the response to give instead (404 or 403).
    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var annotation = await db.Annotations.AsNoTracking().Where(a => a.Id == id).ToViews(db).SingleOrDefaultAsync(cancellationToken);
        if (annotation is null)
        {
            return NotFound();
        }

        if (!User.IsInRole(Roles.Admin) && annotation.AuthorId != User.ToActor().UserId)
        {
            return Forbid();
        }

        var articleId = await db.Annotations.AsNoTracking().Where(a => a.Id == id).Select(a => a.ArticleId).SingleAsync(cancellationToken);
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == articleId)
            .Select(a => new { a.Slug, a.Title, Paragraphs = a.Paragraphs.OrderBy(p => p.Ordinal).Select(p => new ParagraphChoice(p.Id, p.Ordinal + 1, p.Text)).ToList() })
            .SingleAsync(cancellationToken);
        Annotation = annotation;
        ArticleSlug = article.Slug;
        ArticleTitle = article.Title;
        Paragraphs = article.Paragraphs;
        return null;
    }
}
