using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Web.Accounts;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;
using NewsReader.Web.Tagging;

namespace NewsReader.Web.Pages.Topics;

/// <summary>A topic: the spans tagged with it by article, the quotes on it and who said them; admins rename and merge.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = NewsReader.Web.Hosting.PageCache.Reading)]
public sealed class DetailsModel(NewsReaderDbContext db, NameAdministration names) : PageModel
{
    public TopicReading? Topic { get; private set; }

    public bool IsAdmin => User.IsInRole(Roles.Admin);

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken) =>
        await LoadAsync(slug, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostEditAsync(string slug, string? name, string? description, CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return Forbid();
        }

        var result = await names.EditTopicAsync(slug, name, true, description, User.ToActor(), cancellationToken);
        return await AfterAsync(slug, result.Status, result.Errors, result.Value?.Slug, result.Message, cancellationToken);
    }

    public async Task<IActionResult> OnPostMergeAsync(string slug, string? into, CancellationToken cancellationToken)
    {
        if (!IsAdmin)
        {
            return Forbid();
        }

        var result = await names.MergeTopicsAsync(slug, into?.Trim() ?? string.Empty, User.ToActor(), cancellationToken);
        return await AfterAsync(slug, result.Status, result.Errors, result.Value?.Slug, result.Message, cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(string slug, TaggingStatus status, IReadOnlyDictionary<string, string[]> errors, string? newSlug, string? message, CancellationToken cancellationToken)
    {
        if (status == TaggingStatus.Ok)
        {
            return RedirectToPage("/Topics/Details", new { slug = newSlug });
        }

        foreach (var error in errors.SelectMany(e => e.Value).DefaultIfEmpty(message ?? "The change could not be made."))
        {
            ModelState.AddModelError(string.Empty, error);
        }

        return await LoadAsync(slug, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        Topic = await TopicReading.LoadAsync(db, slug, cancellationToken);
        if (Topic is null)
        {
            var moved = await names.RedirectForAsync(SlugRedirect.TopicKind, slug, cancellationToken);
            return moved is null ? NotFound() : RedirectToPagePermanent("/Topics/Details", new { slug = moved });
        }

        return null;
    }
}
