namespace NewsReader.Suggestions;

/// <summary>An article as the extractor reads it: a title and body paragraphs (index 0 is the first body paragraph).</summary>
public sealed record ArticleText(string Title, IReadOnlyList<string> Paragraphs);

/// <summary>A person already in the catalogue, so an extracted person can be linked to it.</summary>
public sealed record KnownPerson(string Slug, string Name, IReadOnlyList<string> Aliases);

/// <summary>Who a quote is attributed to.</summary>
public enum SpeakerKind
{
    Person,
    Organisation,
    Unnamed,
    None,
}

/// <summary>
/// One place a person is named: paragraph index (or <see cref="TitleParagraph"/>), UTF-16 offsets
/// (end exclusive) and the text as written, possessive ending excluded.
/// </summary>
public sealed record PersonMention(int Paragraph, int Start, int End, string Text)
{
    /// <summary>The paragraph index of a mention in the title, which is not a paragraph in the product.</summary>
    public const int TitleParagraph = -1;
}

/// <summary>A person named in the article: the fullest form as the name, every mention, and the known person it matches.</summary>
public sealed record ExtractedPerson(string Name, IReadOnlyList<PersonMention> Mentions, string? KnownSlug, double Confidence)
{
    /// <summary>The distinct surface forms, in order of first appearance.</summary>
    public IReadOnlyList<string> MentionTexts => [.. Mentions.Select(m => m.Text).Distinct(StringComparer.Ordinal)];
}

/// <summary>
/// A direct quote: offsets of the text inside the marks within one paragraph, and its speaker.
/// <see cref="PersonName"/> is the <see cref="ExtractedPerson.Name"/> of the speaker when it is a person.
/// </summary>
public sealed record ExtractedQuote(
    int Paragraph,
    int Start,
    int End,
    string Text,
    SpeakerKind SpeakerKind,
    string? SpeakerText,
    string? PersonName,
    double Confidence);

/// <summary>What the extractor suggests for one article.</summary>
public sealed record ExtractionResult(IReadOnlyList<ExtractedPerson> People, IReadOnlyList<ExtractedQuote> Quotes);
