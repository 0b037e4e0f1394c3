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
