using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Accounts;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;
using NewsReader.Web.Tagging;

namespace NewsReader.Web.Pages.Annotations;

/// <summary>Changes an annotation's kind, person or topic, and note: its author or an admin only.</summary>
public sealed class EditModel(NewsReaderDbContext db, AnnotationService annotations) : PageModel
{
    public sealed class EditInput
    {
        [Required]
        [RegularExpression("quote|person|topic", ErrorMessage = "Choose quote, person or topic.")]
        public string Kind { get; set; } = "quote";

        [Required(ErrorMessage = "Enter the speaker, the person or the topic.")]
        [StringLength(Person.MaxNameLength, ErrorMessage = "A name has at most {1} characters.")]
        public string Name { get; set; } = string.Empty;

        [StringLength(Annotation.MaxNoteLength, ErrorMessage = "A note has at most {1} characters.")]
        public string? Note { get; set; }
    }

    [BindProperty]
    public EditInput Input { get; set; } = new();

    public int Id { get; private set; }

    public string Exact { get; private set; } = string.Empty;

    public string ArticleSlug { get; private set; } = string.Empty;

    public string ArticleTitle { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var found = await LoadAsync(id, cancellationToken);
        if (found is not null)
        {
            return found;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var input = Input;
        var found = await LoadAsync(id, cancellationToken);
        Input = input;
        if (found is not null || !ModelState.IsValid)
        {
            return found ?? Page();
        }

        var name = new NameRef(null, Input.Name);
        var result = await annotations.UpdateAsync(id, new AnnotationChanges(Input.Kind, Input.Kind == "topic" ? null : name, Input.Kind == "topic" ? name : null, HasNote: true, Input.Note), User.ToActor(), cancellationToken);
        if (result.Status != TaggingStatus.Ok)
        {
            foreach (var message in result.Errors.SelectMany(e => e.Value).DefaultIfEmpty(result.Message ?? "The annotation could not be saved."))
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
        var annotation = await db.Annotations.AsNoTracking().Include(a => a.Person).Include(a => a.Topic).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (annotation is null)
        {
            return NotFound();
        }

        if (!AnnotationService.MayChange(annotation, User.ToActor()))
        {
            return Forbid();
        }

        var article = await db.Articles.AsNoTracking().Where(a => a.Id == annotation.ArticleId).Select(a => new { a.Slug, a.Title }).SingleAsync(cancellationToken);
        (Id, Exact, ArticleSlug, ArticleTitle) = (id, annotation.Exact, article.Slug, article.Title);
        Input = new EditInput
        {
            Kind = annotation.Kind.ToString().ToLowerInvariant(),
            Name = annotation.Person?.Name ?? annotation.Topic?.Name ?? string.Empty,
            Note = annotation.Note,
        };
        return null;
    }
}
