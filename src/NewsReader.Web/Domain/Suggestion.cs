using NewsReader.Suggestions;

namespace NewsReader.Web.Domain;

/// <summary>Where a suggestion stands: awaiting review, turned into an annotation, or turned down.</summary>
public enum SuggestionStatus
{
    Pending = 0,
    Accepted = 1,
    Rejected = 2,
}

/// <summary>Who a suggested quote is attributed to, as the text names them.</summary>
public enum SuggestedSpeaker
{
    Person = 0,
    Organisation = 1,
    Unnamed = 2,
    None = 3,
}

/// <summary>
/// A machine suggestion awaiting review: a quote with its speaker, or a mention of a person. Anchored
/// like an annotation (paragraph, UTF-16 offsets, exact text and context). It never counts as an
/// annotation: accepting it creates one, authored by the reviewer. Reviewed suggestions are kept, so
/// the same text (same kind, exact text and context in the article) is never suggested again.
/// </summary>
public sealed class Suggestion : AnchoredSpan
{
    public const int MaxSpeakerLength = 200;

    private Suggestion()
    {
    }

    public Suggestion(int articleId, int paragraphId, TextAnchor anchor, AnnotationKind kind, string? personName, int? personId, SuggestedSpeaker? speakerKind, string? speakerText, double confidence, DateTimeOffset now)
        : base(articleId, paragraphId, anchor, kind == AnnotationKind.Topic ? throw new ArgumentException("Only quotes and people are suggested.", nameof(kind)) : kind)
    {
        CreatedAt = now;
        Refresh(personName, personId, kind == AnnotationKind.Quote ? speakerKind ?? SuggestedSpeaker.None : null, speakerText, confidence);
    }

    /// <summary>The person named (a person suggestion) or the speaker when a person (a quote), as extracted.</summary>
    public string? PersonName { get; private set; }

    /// <summary><see cref="NameKey"/> of <see cref="PersonName"/>, to find the person once someone creates them.</summary>
    public string? PersonKey { get; private set; }

    /// <summary>The catalogue's person the extractor linked the name to, if any.</summary>
    public int? PersonId { get; private set; }

    /// <summary>For a quote: whether the source is a person, an organisation, unnamed or not found. Null for a person suggestion.</summary>
    public SuggestedSpeaker? SpeakerKind { get; private set; }

    /// <summary>For a quote: the source as the text names it ("Mr Wallace", "a spokesman"), or null.</summary>
    public string? SpeakerText { get; private set; }

    /// <summary>From 0 to 1: how sure the extractor is.</summary>
    public double Confidence { get; private set; }

    public SuggestionStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string? ReviewerId { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    /// <summary>The annotation an accepted suggestion became (null once that annotation is deleted).</summary>
    public int? AnnotationId { get; private set; }

    /// <summary>After an edit of the article: where the suggested text now is.</summary>
    public void Relocate(int paragraphId, TextAnchor anchor) => Place(paragraphId, anchor);

    /// <summary>After an edit removed the text. A reviewed suggestion stays as memory, so its text is never suggested again.</summary>
    public void Orphan() => Detach();

    /// <summary>Takes a newer extraction's reading of the same span.</summary>
    public void Refresh(string? personName, int? personId, SuggestedSpeaker? speakerKind, string? speakerText, double confidence)
    {
        var name = string.IsNullOrWhiteSpace(personName) ? null : Clip(personName.Trim(), Person.MaxNameLength);
        PersonName = name;
        PersonKey = name is null ? null : NameKey.For(name);
        PersonId = personId;
        SpeakerKind = Kind == AnnotationKind.Quote ? speakerKind : null;
        SpeakerText = Kind == AnnotationKind.Quote && !string.IsNullOrWhiteSpace(speakerText) ? Clip(speakerText.Trim(), MaxSpeakerLength) : null;
        Confidence = Math.Round(Math.Clamp(double.IsFinite(confidence) ? confidence : 0, 0, 1), 3);
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];
}
