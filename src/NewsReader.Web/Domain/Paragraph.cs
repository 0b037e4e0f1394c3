namespace NewsReader.Web.Domain;

/// <summary>One paragraph of an article, in file order. Annotations anchor to its id and text; an edit that keeps the paragraph keeps its id.</summary>
public sealed class Paragraph
{
    private Paragraph()
    {
        Text = string.Empty;
    }

    internal Paragraph(int ordinal, ParagraphKind kind, string text)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ordinal);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Ordinal = ordinal;
        Kind = kind;
        Text = text;
    }

    public int Id { get; private set; }

    public int ArticleId { get; private set; }

    /// <summary>Zero-based position in the article.</summary>
    public int Ordinal { get; private set; }

    public ParagraphKind Kind { get; private set; }

    public string Text { get; private set; }

    internal void Rewrite(int ordinal, ParagraphKind kind, string text)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ordinal);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Ordinal = ordinal;
        Kind = kind;
        Text = text;
    }

    internal void MoveTo(int ordinal) => Ordinal = ordinal;
}
