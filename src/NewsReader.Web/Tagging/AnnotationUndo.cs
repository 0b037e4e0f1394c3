using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;

namespace NewsReader.Web.Tagging;

/// <summary>What an undo did: the annotation now (null when the undo deleted it) and the event that records the undo.</summary>
public sealed record UndoOutcome(AnnotationView? Annotation, long EventId, AnnotationAction Action);

/// <summary>
/// Takes back one of a person's own changes, named by its history event: a create is deleted, a delete
/// or restore reversed, an edit's kind, person, topic and note put back, a re-attachment returned to where
/// the annotation was. The undo is itself a change in the history (with <c>UndoOf</c>), so undoing it is a
/// redo. Only the latest change of an annotation can be taken back: after anyone else's change (or an
/// edit of the article that moved it) the answer is a conflict that points at the history.
/// </summary>
public sealed class AnnotationUndo(NewsReaderDbContext db, AnnotationService annotations, TimeProvider clock, Hosting.PageCache pages)
{
    public async Task<TaggingResult<UndoOutcome>> UndoAsync(long eventId, Actor actor, CancellationToken cancellationToken)
    {
        var change = await db.AnnotationEvents.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        if (change is null)
        {
            return TaggingResult<UndoOutcome>.NotFound($"No change has the id {eventId}.");
        }

        if (change.ActorId != actor.UserId || !change.IsUndoable)
        {
            return TaggingResult<UndoOutcome>.Forbidden("Only your own changes to annotations can be undone, by you.");
        }

        var latest = await db.AnnotationEvents.Where(e => e.AnnotationId == change.AnnotationId).MaxAsync(e => e.Id, cancellationToken);
        var annotation = await db.Annotations.IgnoreQueryFilters().Include(a => a.Person).Include(a => a.Topic)
            .SingleAsync(a => a.Id == change.AnnotationId, cancellationToken);
        if (latest != eventId)
        {
            return TaggingResult<UndoOutcome>.Conflict($"The annotation changed after that; see /annotations/{annotation.Id}/history.");
        }

        var before = AnnotationSnapshot.Of(annotation);
        var (action, problem) = await ReverseAsync(annotation, change, actor, cancellationToken);
        if (problem is not null)
        {
            return TaggingResult<UndoOutcome>.Conflict(problem);
        }

        await annotations.RecordAsync(annotation, action, actor, action == AnnotationAction.Restored ? null : before, cancellationToken, undoOf: eventId);
        await db.SaveChangesAsync(cancellationToken);
        await pages.ReadingChangedAsync(cancellationToken);
        var view = annotation.IsDeleted ? null : await db.Annotations.AsNoTracking().Where(a => a.Id == annotation.Id).ToViews(db).SingleAsync(cancellationToken);
        return TaggingResult<UndoOutcome>.Ok(new UndoOutcome(view, annotations.LastEventId!.Value, action));
    }

    // The opposite change, or why it cannot be made.
    private async Task<(AnnotationAction Action, string? Problem)> ReverseAsync(Annotation annotation, AnnotationEvent change, Actor actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        switch (change.Action)
        {
            case AnnotationAction.Created or AnnotationAction.Restored:
                annotation.Delete(actor.UserId, now);
                return (AnnotationAction.Deleted, null);
            case AnnotationAction.Deleted:
                annotation.Restore(now);
                return (AnnotationAction.Restored, null);
            case AnnotationAction.Edited:
                return (AnnotationAction.Edited, await RevertFieldsAsync(annotation, change.Before!, now, cancellationToken));
            default:
                return (AnnotationAction.Reattached, await ReturnAsync(annotation, change.Before!, now, cancellationToken));
        }
    }

    private async Task<string?> RevertFieldsAsync(Annotation annotation, AnnotationSnapshot before, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var person = before.PersonId is int personId ? await db.People.FindAsync([personId], cancellationToken) : null;
        var topic = before.TopicId is int topicId ? await db.Topics.FindAsync([topicId], cancellationToken) : null;
        if ((before.PersonId is not null && person is null) || (before.TopicId is not null && topic is null))
        {
            return "The person or topic it named before has since been merged or removed; edit the annotation instead.";
        }

        annotation.Retarget(before.Kind, person, topic, now);
        annotation.ChangeNote(before.Note, now);
        return null;
    }

    private async Task<string?> ReturnAsync(Annotation annotation, AnnotationSnapshot before, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (before.ParagraphId is int paragraphId)
        {
            var text = await db.Paragraphs.Where(p => p.Id == paragraphId).Select(p => p.Text).SingleOrDefaultAsync(cancellationToken);
            if (text is null || before.End > text.Length || string.CompareOrdinal(text, before.Start, before.Exact, 0, before.Exact.Length) != 0)
            {
                return "The text it was on has changed since; re-attach it by hand.";
            }
        }

        annotation.ReturnTo(before, now);
        return null;
    }
}
