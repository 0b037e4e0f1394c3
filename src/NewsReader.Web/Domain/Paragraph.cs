namespace NewsReader.Web.Domain;

/// <summary>One paragraph of an article, in file order. Annotations will anchor to its id and text.</summary>
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

    internal void Rewrite(ParagraphKind kind, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Kind = kind;
        Text = text;
    }
}
