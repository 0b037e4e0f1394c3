namespace NewsReader.Web.Domain;

/// <summary>What happened to an annotation.</summary>
public enum AnnotationAction
{
    Created = 0,
    Edited = 1,
    Deleted = 2,
    Restored = 3,
    Reanchored = 4,
    Orphaned = 5,
    Reattached = 6,
    Moved = 7,
}

/// <summary>
/// One line of an annotation's history, append-only: who did what, when, and the annotation before and
/// after. The actor is null when the app did it (re-anchoring after an ingest changed the text).
/// </summary>
public sealed class AnnotationEvent
{
    private AnnotationEvent()
    {
    }

    public AnnotationEvent(Annotation annotation, AnnotationAction action, string? actorId, int revision, AnnotationSnapshot? before, DateTimeOffset now, long? undoOf = null)
    {
        ArgumentNullException.ThrowIfNull(annotation);
        ArgumentOutOfRangeException.ThrowIfLessThan(annotation.Id, 1, nameof(annotation)); // stored first
        AnnotationId = annotation.Id;
        ArticleId = annotation.ArticleId;
        Action = action;
        ActorId = actorId;
        Revision = revision;
        Before = before;
        After = action == AnnotationAction.Deleted ? null : AnnotationSnapshot.Of(annotation);
        At = now;
        UndoOf = undoOf;
    }

    public long Id { get; private set; }

    public int AnnotationId { get; private set; }

    public int ArticleId { get; private set; }

    public AnnotationAction Action { get; private set; }

    public string? ActorId { get; private set; }

    /// <summary>The article's revision when it happened.</summary>
    public int Revision { get; private set; }

    public AnnotationSnapshot? Before { get; private set; }

    public AnnotationSnapshot? After { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The event this one undid (an undo, or a redo: the undo of an undo), else null.</summary>
    public long? UndoOf { get; private set; }

    /// <summary>Whether a person can take this back: their own create, edit, delete, restore or re-attachment.</summary>
    public bool IsUndoable => ActorId is not null && Action is AnnotationAction.Created or AnnotationAction.Edited or AnnotationAction.Deleted
        or AnnotationAction.Restored or AnnotationAction.Reattached;
}

/// <summary>An annotation's recorded fields at one moment.</summary>
public sealed record AnnotationSnapshot(
    AnnotationKind Kind, AnchorState State, int? ParagraphId, int Start, int End, string Exact, string Prefix, string Suffix,
    string? PreviousExact, int? PersonId, int? TopicId, string? Note)
{
    public static AnnotationSnapshot Of(Annotation annotation)
    {
        ArgumentNullException.ThrowIfNull(annotation);
        return new(annotation.Kind, annotation.State, annotation.ParagraphId, annotation.Start, annotation.End, annotation.Exact,
            annotation.Prefix, annotation.Suffix, annotation.PreviousExact, annotation.PersonId ?? annotation.Person?.Id, annotation.TopicId ?? annotation.Topic?.Id, annotation.Note);
    }
}
