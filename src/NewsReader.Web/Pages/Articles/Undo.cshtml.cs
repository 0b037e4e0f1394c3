using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Web.Accounts;
using NewsReader.Web.Tagging;

namespace NewsReader.Web.Pages.Articles;

/// <summary>
/// The status line's Undo and Redo without JavaScript: takes back the change named and returns to the
/// article, whose status line then offers the opposite. A change that can no longer be taken back says why.
/// </summary>
public sealed class UndoModel(AnnotationUndo undo) : PageModel
{
    public string Slug { get; private set; } = string.Empty;

    public string Problem { get; private set; } = string.Empty;

    public async Task<IActionResult> OnPostAsync(string slug, long eventId, CancellationToken cancellationToken)
    {
        var result = await undo.UndoAsync(eventId, User.ToActor(), cancellationToken);
        switch (result.Status)
        {
            case TaggingStatus.Ok:
                return RedirectToPage("/Articles/Details", null, new { slug, redo = result.Value!.EventId }, "change-status");
            case TaggingStatus.NotFound:
                return NotFound();
            case TaggingStatus.Forbidden:
                return Forbid();
            default:
                Slug = slug;
                Problem = result.Message ?? "That change cannot be undone.";
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
        }
    }
}
