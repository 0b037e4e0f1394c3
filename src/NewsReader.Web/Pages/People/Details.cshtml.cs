using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Accounts;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;
using NewsReader.Web.Tagging;

namespace NewsReader.Web.Pages.People;

/// <summary>A person: names, description, quotes by them and articles that mention them; admins edit and merge.</summary>
public sealed class DetailsModel(NewsReaderDbContext db, NameAdministration names) : PageModel
{
    public sealed record Tagged(int AnnotationId, AnnotationKind Kind, string Exact, string ArticleSlug, string ArticleTitle);

    public Person? Person { get; private set; }

    public IReadOnlyList<Tagged> Annotations { get; private set; } = [];

    public bool IsAdmin => User.IsInRole(Roles.Admin);

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) ?? Page();

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
            return Redirect($"/people/{newSlug}");
        }

        foreach (var error in errors.SelectMany(e => e.Value).DefaultIfEmpty(message ?? "The change could not be made."))
        {
            ModelState.AddModelError(string.Empty, error);
        }

        return await LoadAsync(slug, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        Person = await db.People.AsNoTracking().Include(p => p.Aliases).SingleOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        if (Person is null)
        {
            var moved = await names.RedirectForAsync(SlugRedirect.PersonKind, slug, cancellationToken);
            return moved is null ? NotFound() : RedirectPermanent($"/people/{moved}");
        }

        Annotations = await db.Annotations.AsNoTracking().Where(a => a.PersonId == Person.Id)
            .Join(db.Articles, a => a.ArticleId, r => r.Id, (a, r) => new Tagged(a.Id, a.Kind, a.Exact, r.Slug, r.Title))
            .ToListAsync(cancellationToken);
        return null;
    }
}
