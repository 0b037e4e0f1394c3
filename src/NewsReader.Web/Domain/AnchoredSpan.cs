namespace NewsReader.Web.Domain;

/// <summary>
/// A span of one paragraph of an article, anchored by paragraph id and UTF-16 offsets, plus the exact
/// text and up to <see cref="ContextLength"/> characters either side, so it can be found again if the
/// paragraph's text ever changes (the W3C TextQuoteSelector idea). Annotations and suggestions are both.
/// </summary>
public abstract class AnchoredSpan
{
    public const int ContextLength = 32;

    protected AnchoredSpan()
    {
        Exact = Prefix = Suffix = string.Empty;
    }

    protected AnchoredSpan(int articleId, int paragraphId, TextAnchor anchor, AnnotationKind kind)
    {
        Exact = Prefix = Suffix = string.Empty;
        ArticleId = articleId;
        Place(paragraphId, anchor);
        Kind = kind;
    }

    public int Id { get; private set; }

    public int ArticleId { get; private set; }

    /// <summary>The paragraph the span lies in; null once an edit removed its text (an orphan).</summary>
    public int? ParagraphId { get; private set; }

    /// <summary>First UTF-16 code unit of the span in the paragraph's text.</summary>
    public int Start { get; private set; }

    /// <summary>One past the last code unit (exclusive).</summary>
    public int End { get; private set; }

    public string Exact { get; private set; }

    public string Prefix { get; private set; }

    public string Suffix { get; private set; }

    public AnnotationKind Kind { get; protected set; }

    /// <summary>Puts the span where its text now is, after the article's text changed.</summary>
    protected void Place(int? paragraphId, TextAnchor anchor)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        ParagraphId = paragraphId;
        Start = anchor.Start;
        End = anchor.End;
        Exact = anchor.Exact;
        Prefix = anchor.Prefix;
        Suffix = anchor.Suffix;
    }

    /// <summary>The text is gone: the span keeps its old text and context, and no paragraph.</summary>
    protected void Detach() => ParagraphId = null;

    /// <summary>Whether another reading names the same text: same kind, exact text and context.</summary>
    public bool SameText(AnnotationKind kind, TextAnchor anchor) =>
        Kind == kind && Exact == anchor.Exact && Prefix == anchor.Prefix && Suffix == anchor.Suffix;
}
