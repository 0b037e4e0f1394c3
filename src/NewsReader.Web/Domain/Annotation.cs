namespace NewsReader.Web.Domain;

/// <summary>
/// A tagged span of one paragraph: a quote with its speaker, a person mention, or a topic.
/// Create one through <see cref="AnnotationRules"/>, which checks the anchor against the paragraph.
/// </summary>
public sealed class Annotation : AnchoredSpan
{
    public const int MaxNoteLength = 10_000;

    private Annotation()
    {
        AuthorId = string.Empty;
    }

    internal Annotation(int articleId, int paragraphId, TextAnchor anchor, AnnotationKind kind, string authorId, DateTimeOffset now)
        : base(articleId, paragraphId, anchor, kind)
    {
        AuthorId = authorId;
        CreatedAt = UpdatedAt = now;
    }

    /// <summary>The speaker of a quote, or the person mentioned.</summary>
    public int? PersonId { get; private set; }

    public Person? Person { get; private set; }

    public int? TopicId { get; private set; }

    public Topic? Topic { get; private set; }

    /// <summary>Markdown, rendered with raw HTML off.</summary>
    public string? Note { get; private set; }

    public string AuthorId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The suggestion this annotation was accepted from, or null when tagged by hand.</summary>
    public int? SuggestionId { get; private set; }

    public AnchorState State { get; private set; }

    /// <summary>The text the annotation was made on, when an edit moved it onto slightly different text.</summary>
    public string? PreviousExact { get; private set; }

    /// <summary>When it was deleted; a deleted annotation leaves lists and counts but stays in its history.</summary>
    public DateTimeOffset? DeletedAt { get; private set; }

    public string? DeletedById { get; private set; }

    public bool IsDeleted => DeletedAt is not null;

    /// <summary>After an edit: on the same text (possibly elsewhere), or on text that changed a little.</summary>
    public void Reanchor(int paragraphId, TextAnchor anchor)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        if (anchor.Exact != Exact)
        {
            // The first text is what the person tagged; later moves keep it.
            PreviousExact ??= Exact;
        }

        Place(paragraphId, anchor);
        if (PreviousExact == anchor.Exact)
        {
            PreviousExact = null; // an edit put the tagged text back
        }

        State = PreviousExact is null ? AnchorState.Anchored : AnchorState.Reanchored;
    }

    /// <summary>An edit removed the text: keep everything the person recorded, without a place.</summary>
    public void Orphan()
    {
        Detach();
        State = AnchorState.Orphaned;
    }

    /// <summary>A person put the annotation on text of their choosing (an orphan re-attached, or a correction).</summary>
    public void Reattach(int paragraphId, TextAnchor anchor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        var old = Exact;
        Place(paragraphId, anchor);
        PreviousExact = old == anchor.Exact ? null : PreviousExact ?? old;
        State = AnchorState.Anchored;
        UpdatedAt = now;
    }

    /// <summary>
    /// Puts the annotation back where a snapshot had it (undoing a re-attachment): its place or no place,
    /// its text and context, state and tagged text. The caller checks that the place still has that text.
    /// </summary>
    public void ReturnTo(AnnotationSnapshot snapshot, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Place(snapshot.ParagraphId, new TextAnchor(snapshot.Start, snapshot.End, snapshot.Exact, snapshot.Prefix, snapshot.Suffix));
        State = snapshot.State;
        PreviousExact = snapshot.PreviousExact;
        UpdatedAt = now;
    }

    public void Delete(string userId, DateTimeOffset now)
    {
        DeletedAt = now;
        DeletedById = userId;
    }

    public void Restore(DateTimeOffset now)
    {
        DeletedAt = null;
        DeletedById = null;
        UpdatedAt = now;
    }

    /// <summary>Remembers that a reviewer made this annotation by accepting a suggestion.</summary>
    public void AcceptedFrom(int suggestionId) => SuggestionId = suggestionId;

    /// <summary>Points the annotation at a person (quote, person) or a topic, as its kind requires.</summary>
    public void Retarget(AnnotationKind kind, Person? person, Topic? topic, DateTimeOffset now)
    {
        if (kind == AnnotationKind.Topic ? topic is null || person is not null : person is null || topic is not null)
        {
            throw new ArgumentException(kind == AnnotationKind.Topic ? "A topic annotation needs a topic." : $"A {kind.ToString().ToLowerInvariant()} annotation needs a person.");
        }

        // Navigations only: a person or topic created in the same request has no id yet; the store sets the keys.
        Kind = kind;
        Person = person;
        Topic = topic;
        if (person is null)
        {
            PersonId = null;
        }

        if (topic is null)
        {
            TopicId = null;
        }

        UpdatedAt = now;
    }

    public void ChangeNote(string? note, DateTimeOffset now)
    {
        if (note?.Length > MaxNoteLength)
        {
            throw new ArgumentException($"A note has at most {MaxNoteLength:N0} characters.", nameof(note));
        }

        Note = string.IsNullOrWhiteSpace(note) ? null : note;
        UpdatedAt = now;
    }

    /// <summary>Moves the annotation to another person, e.g. when two people are merged.</summary>
    public void MovePerson(Person person)
    {
        if (PersonId is not null)
        {
            Person = person;
        }
    }
}

/// <summary>Where a span sits in a paragraph, with its text and context.</summary>
public sealed record TextAnchor(int Start, int End, string Exact, string Prefix, string Suffix);
