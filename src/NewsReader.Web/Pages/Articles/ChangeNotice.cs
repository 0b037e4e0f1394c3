using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;

namespace NewsReader.Web.Pages.Articles;

/// <summary>
/// The status line after a change made with a form: what was done, and an Undo (or, after an undo, a
/// Redo) while it is still the annotation's latest change and the reader's own.
/// </summary>
public sealed record ChangeNotice(long EventId, string Message, bool Undone, bool CanReverse)
{
    /// <summary>The notice for a change the reader made, or null when the event is not theirs or not on this article.</summary>
    public static async Task<ChangeNotice?> LoadAsync(NewsReaderDbContext db, long eventId, bool undone, int articleId, string userId, CancellationToken cancellationToken)
    {
        var change = await db.AnnotationEvents.AsNoTracking()
            .Where(e => e.Id == eventId && e.ArticleId == articleId && e.ActorId == userId)
            .Select(e => new { e.Id, e.AnnotationId, e.Action, e.Before, e.After, Latest = db.AnnotationEvents.Where(l => l.AnnotationId == e.AnnotationId).Max(l => l.Id) })
            .SingleOrDefaultAsync(cancellationToken);
        if (change is null)
        {
            return null;
        }

        var text = Shared.Excerpts.Shorten((change.After ?? change.Before)?.Exact ?? string.Empty, 80);
        var done = change.Action switch
        {
            AnnotationAction.Created => "Tagged",
            AnnotationAction.Deleted => "Deleted",
            AnnotationAction.Restored => "Restored",
            AnnotationAction.Edited => "Changed",
            AnnotationAction.Reattached => "Re-attached",
            _ => "Changed",
        };
        return new ChangeNotice(change.Id, $"{done} \u201c{text}\u201d.", undone, change.Latest == change.Id);
    }
}
