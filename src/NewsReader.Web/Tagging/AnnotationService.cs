using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;

namespace NewsReader.Web.Tagging;

/// <summary>
/// Creates, changes and deletes annotations for the API and the no-JavaScript forms alike: one set of
/// rules (anchor checks, required fields, lengths) and one permission rule (author or admin). Every
/// change is recorded in the annotation's history in the same transaction; deleting is reversible.
/// </summary>
public sealed class AnnotationService(NewsReaderDbContext db, NameDirectory names, TimeProvider clock, Hosting.PageCache pages)
{
    private AnnotationEvent? _last;

    /// <summary>The history event of this service's last change (it is scoped to one request), for an Undo to name.</summary>
    public long? LastEventId => _last?.Id;

    /// <summary>Creates an annotation; <paramref name="fromSuggestion"/> records the suggestion a reviewer accepted to make it.</summary>
    public async Task<TaggingResult<AnnotationView>> CreateAsync(string articleSlug, NewAnnotation input, Actor actor, CancellationToken cancellationToken, int? fromSuggestion = null)
    {
        try
        {
            return await TryCreateAsync(articleSlug, input, actor, fromSuggestion, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two people created the same new person or topic at once and the other insert won the
            // unique name: start again, and this time find theirs.
            db.ChangeTracker.Clear();
            return await TryCreateAsync(articleSlug, input, actor, fromSuggestion, cancellationToken);
        }
    }

    private async Task<TaggingResult<AnnotationView>> TryCreateAsync(string articleSlug, NewAnnotation input, Actor actor, int? fromSuggestion, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().Where(a => a.Slug == articleSlug).Select(a => new { a.Id, a.Revision }).SingleOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return TaggingResult<AnnotationView>.NotFound($"No article has the slug '{articleSlug}'.");
        }

        var paragraph = await ParagraphAsync(article.Id, input.ParagraphId, cancellationToken);
        if (paragraph is null)
        {
            return TaggingResult<AnnotationView>.Invalid("paragraphId", $"Paragraph {input.ParagraphId} is not part of article '{articleSlug}'.");
        }

        var errors = AnnotationRules.CheckAnchor(paragraph.Value.Text, paragraph.Value.Ordinal + 1, input.Start, input.End, input.Exact, out var anchor);
        var kind = ParseKind(input.Kind, errors);
        CheckNote(input.Note, errors);
        if (errors.Count > 0)
        {
            return TaggingResult<AnnotationView>.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var annotation = new Annotation(article.Id, input.ParagraphId, anchor!, kind!.Value, actor.UserId, now);
        var target = await RetargetAsync(annotation, kind.Value, input.Person, input.Topic, now, cancellationToken);
        if (target is not null)
        {
            return TaggingResult<AnnotationView>.Invalid(target);
        }

        annotation.ChangeNote(input.Note, now);
        if (fromSuggestion is not null)
        {
            annotation.AcceptedFrom(fromSuggestion.Value);
        }

        await InTransactionAsync(async () =>
        {
            db.Annotations.Add(annotation);
            await db.SaveChangesAsync(cancellationToken); // the person or topic it names gets its id first
            db.AnnotationEvents.Add(_last = new AnnotationEvent(annotation, AnnotationAction.Created, actor.UserId, article.Revision, null, now));
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

        await pages.ReadingChangedAsync(cancellationToken);
        return TaggingResult<AnnotationView>.Ok(await ViewAsync(annotation.Id, cancellationToken));
    }

    public async Task<TaggingResult<AnnotationView>> UpdateAsync(int id, AnnotationChanges changes, Actor actor, CancellationToken cancellationToken)
    {
        var annotation = await db.Annotations.Include(a => a.Person).Include(a => a.Topic).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (annotation is null)
        {
            return TaggingResult<AnnotationView>.NotFound($"No annotation has the id {id}.");
        }

        if (!MayChange(annotation, actor))
        {
            return TaggingResult<AnnotationView>.Forbidden("Only the annotation's author or an admin may change it.");
        }

        var before = AnnotationSnapshot.Of(annotation);
        var errors = new Dictionary<string, string[]>();
        var kind = changes.Kind is null ? annotation.Kind : ParseKind(changes.Kind, errors);
        if (changes.HasNote)
        {
            CheckNote(changes.Note, errors);
        }

        if (errors.Count > 0)
        {
            return TaggingResult<AnnotationView>.Invalid(errors);
        }

        if (changes.Kind is not null || changes.Person is not null || changes.Topic is not null)
        {
            var person = changes.Person ?? (annotation.Person is null ? null : new NameRef(annotation.Person.Slug, null));
            var topic = changes.Topic ?? (annotation.Topic is null ? null : new NameRef(annotation.Topic.Slug, null));
            var invalid = await RetargetAsync(annotation, kind!.Value, kind == AnnotationKind.Topic ? null : person, kind == AnnotationKind.Topic ? topic : null, clock.GetUtcNow(), cancellationToken);
            if (invalid is not null)
            {
                return TaggingResult<AnnotationView>.Invalid(invalid);
            }
        }

        if (changes.HasNote)
        {
            annotation.ChangeNote(changes.Note, clock.GetUtcNow());
        }

        await InTransactionAsync(async () =>
        {
            await db.SaveChangesAsync(cancellationToken); // a new person or topic gets its id first
            if (AnnotationSnapshot.Of(annotation) != before)
            {
                await RecordAsync(annotation, AnnotationAction.Edited, actor, before, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }
        }, cancellationToken);

        await pages.ReadingChangedAsync(cancellationToken);
        return TaggingResult<AnnotationView>.Ok(await ViewAsync(id, cancellationToken));
    }

    /// <summary>Deletes an annotation: it leaves every list and count, and its history keeps it for a restore.</summary>
    public async Task<TaggingResult<int>> DeleteAsync(int id, Actor actor, CancellationToken cancellationToken)
    {
        var annotation = await db.Annotations.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (annotation is null)
        {
            return TaggingResult<int>.NotFound($"No annotation has the id {id}.");
        }

        if (!MayChange(annotation, actor))
        {
            return TaggingResult<int>.Forbidden("Only the annotation's author or an admin may delete it.");
        }

        var before = AnnotationSnapshot.Of(annotation);
        annotation.Delete(actor.UserId, clock.GetUtcNow());
        await RecordAsync(annotation, AnnotationAction.Deleted, actor, before, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await pages.ReadingChangedAsync(cancellationToken);
        return TaggingResult<int>.Ok(id);
    }

    /// <summary>
    /// Puts an annotation on text its author or an admin chose: an orphan re-attached after an edit removed
    /// its text, or a correction of where it sits. Kind, person, topic and note stay as they are.
    /// </summary>
    public async Task<TaggingResult<AnnotationView>> ReattachAsync(int id, NewPlace place, Actor actor, CancellationToken cancellationToken)
    {
        var annotation = await db.Annotations.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (annotation is null)
        {
            return TaggingResult<AnnotationView>.NotFound($"No annotation has the id {id}.");
        }

        if (!MayChange(annotation, actor))
        {
            return TaggingResult<AnnotationView>.Forbidden("Only the annotation's author or an admin may re-attach it.");
        }

        var paragraph = await ParagraphAsync(annotation.ArticleId, place.ParagraphId, cancellationToken);
        if (paragraph is null)
        {
            return TaggingResult<AnnotationView>.Invalid("paragraphId", $"Paragraph {place.ParagraphId} is not part of this annotation's article.");
        }

        var errors = AnnotationRules.CheckAnchor(paragraph.Value.Text, paragraph.Value.Ordinal + 1, place.Start, place.End, place.Exact, out var anchor);
        if (errors.Count > 0)
        {
            return TaggingResult<AnnotationView>.Invalid(errors);
        }

        var before = AnnotationSnapshot.Of(annotation);
        annotation.Reattach(place.ParagraphId, anchor!, clock.GetUtcNow());
        await RecordAsync(annotation, AnnotationAction.Reattached, actor, before, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await pages.ReadingChangedAsync(cancellationToken);
        return TaggingResult<AnnotationView>.Ok(await ViewAsync(id, cancellationToken));
    }

    /// <summary>Brings a deleted annotation back as it was (on the text it then covered, or as an orphan).</summary>
    public async Task<TaggingResult<AnnotationView>> RestoreAsync(int id, Actor actor, CancellationToken cancellationToken)
    {
        var annotation = await db.Annotations.IgnoreQueryFilters().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (annotation is null)
        {
            return TaggingResult<AnnotationView>.NotFound($"No annotation has the id {id}.");
        }

        if (!MayChange(annotation, actor))
        {
            return TaggingResult<AnnotationView>.Forbidden("Only the annotation's author or an admin may restore it.");
        }

        if (annotation.IsDeleted)
        {
            annotation.Restore(clock.GetUtcNow());
            await RecordAsync(annotation, AnnotationAction.Restored, actor, null, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await pages.ReadingChangedAsync(cancellationToken);
        }

        return TaggingResult<AnnotationView>.Ok(await ViewAsync(id, cancellationToken));
    }

    // The caller's transaction when there is one (accepting a suggestion claims it in the same one).
    private async Task InTransactionAsync(Func<Task> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            await work();
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await work();
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Adds a history event for a change (saved with it); <paramref name="undoOf"/> names the event an undo takes back.</summary>
    internal async Task RecordAsync(Annotation annotation, AnnotationAction action, Actor actor, AnnotationSnapshot? before, CancellationToken cancellationToken, long? undoOf = null)
    {
        var revision = await db.Articles.Where(a => a.Id == annotation.ArticleId).Select(a => a.Revision).SingleAsync(cancellationToken);
        db.AnnotationEvents.Add(_last = new AnnotationEvent(annotation, action, actor.UserId, revision, before, clock.GetUtcNow(), undoOf));
    }

    // A paragraph of the given article only: an id from another article is not found.
    private Task<(int Ordinal, string Text)?> ParagraphAsync(int articleId, int paragraphId, CancellationToken cancellationToken) =>
        db.Paragraphs.AsNoTracking()
            .Where(p => p.Id == paragraphId && p.ArticleId == articleId)
            .Select(p => ((int Ordinal, string Text)?)new ValueTuple<int, string>(p.Ordinal, p.Text))
            .SingleOrDefaultAsync(cancellationToken);

    public static bool MayChange(Annotation annotation, Actor actor) => actor.IsAdmin || annotation.AuthorId == actor.UserId;

    private Task<AnnotationView> ViewAsync(int id, CancellationToken cancellationToken) =>
        db.Annotations.AsNoTracking().Where(a => a.Id == id).ToViews(db).SingleAsync(cancellationToken);

    private async Task<Dictionary<string, string[]>?> RetargetAsync(Annotation annotation, AnnotationKind kind, NameRef? personRef, NameRef? topicRef, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (kind == AnnotationKind.Topic)
        {
            if (topicRef is null)
            {
                return new() { ["topic"] = ["A topic annotation needs a topic: { \"topic\": { \"name\": \"...\" } } or { \"slug\": \"...\" }."] };
            }

            var topic = await names.TopicAsync(topicRef, "topic", cancellationToken);
            if (topic.Status != TaggingStatus.Ok)
            {
                return topic.Errors.ToDictionary();
            }

            annotation.Retarget(kind, null, topic.Value, now);
            return null;
        }

        if (personRef is null)
        {
            var role = kind == AnnotationKind.Quote ? "its speaker" : "the person mentioned";
            return new() { ["person"] = [$"A {kind.ToString().ToLowerInvariant()} annotation needs {role}: {{ \"person\": {{ \"name\": \"...\" }} }} or {{ \"slug\": \"...\" }}."] };
        }

        var person = await names.PersonAsync(personRef, "person", cancellationToken);
        if (person.Status != TaggingStatus.Ok)
        {
            return person.Errors.ToDictionary();
        }

        annotation.Retarget(kind, person.Value, null, now);
        return null;
    }

    private static AnnotationKind? ParseKind(string? kind, Dictionary<string, string[]> errors)
    {
        var parsed = kind?.Trim().ToLowerInvariant() switch
        {
            "quote" => AnnotationKind.Quote,
            "person" => AnnotationKind.Person,
            "topic" => AnnotationKind.Topic,
            _ => (AnnotationKind?)null,
        };
        if (parsed is null)
        {
            errors["kind"] = ["kind must be \"quote\", \"person\" or \"topic\"."];
        }

        return parsed;
    }

    private static void CheckNote(string? note, Dictionary<string, string[]> errors)
    {
        if (note?.Length > Annotation.MaxNoteLength)
        {
            errors["note"] = [$"A note has at most {Annotation.MaxNoteLength:N0} characters (this one has {note.Length:N0})."];
        }
    }
}
