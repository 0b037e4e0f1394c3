using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Web.Accounts;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;
using NewsReader.Web.Tagging;

namespace NewsReader.Web.Pages.Articles;

/// <summary>
/// One article with its highlights, the "In this article" panel, and (signed in) a form that tags
/// without JavaScript: paragraph number, exact text (n-th occurrence), kind, name, note.
/// </summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = NewsReader.Web.Hosting.PageCache.Articles)]
public sealed class DetailsModel(NewsReaderDbContext db, AnnotationService annotations) : PageModel
{
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

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        Article = await ArticleReading.LoadAsync(db, slug, cancellationToken);
        return Article is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostTagAsync(string slug, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge(); // handlers cannot carry [Authorize]; reading the page stays anonymous
        }

        Article = await ArticleReading.LoadAsync(db, slug, cancellationToken);
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

        return Redirect($"/articles/{slug}#h-{result.Value!.Id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(string slug, int id, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        var result = await annotations.DeleteAsync(id, User.ToActor(), cancellationToken);
        return result.Status switch
        {
            TaggingStatus.Ok => Redirect($"/articles/{slug}#in-this-article"),
            TaggingStatus.Forbidden => Forbid(),
            _ => NotFound(),
        };
    }

    /// <summary>Whether the signed-in user may edit or delete an annotation (its author, or an admin).</summary>
    public bool MayChange(AnnotationView annotation) =>
        User.Identity?.IsAuthenticated == true && (User.IsInRole(Roles.Admin) || annotation.AuthorId == User.ToActor().UserId);
}
