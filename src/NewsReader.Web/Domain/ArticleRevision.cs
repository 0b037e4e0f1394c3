namespace NewsReader.Web.Domain;

/// <summary>
/// An earlier text of an article, kept when an ingest changed it: revision <see cref="Number"/> was the
/// article's text from <see cref="ValidFrom"/> until <see cref="ValidUntil"/>. The current text is the
/// article's paragraphs, so an archive that never changes stores no copies.
/// </summary>
public sealed class ArticleRevision
{
    private ArticleRevision()
    {
        Title = ContentHash = string.Empty;
        Paragraphs = [];
    }

    internal ArticleRevision(int articleId, int number, string title, string contentHash, IReadOnlyList<RevisionParagraph> paragraphs, DateTimeOffset validFrom, DateTimeOffset validUntil)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArticleId = articleId;
        Number = number;
        Title = title;
        ContentHash = contentHash;
        Paragraphs = paragraphs;
        ValidFrom = validFrom;
        ValidUntil = validUntil;
    }

    public int Id { get; private set; }

    public int ArticleId { get; private set; }

    /// <summary>1 for the text first ingested, one more per change.</summary>
    public int Number { get; private set; }

    public string Title { get; private set; }

    public string ContentHash { get; private set; }

    public IReadOnlyList<RevisionParagraph> Paragraphs { get; private set; }

    public DateTimeOffset ValidFrom { get; private set; }

    public DateTimeOffset ValidUntil { get; private set; }
}

/// <summary>One paragraph of an earlier revision, with the id the paragraph row had then.</summary>
public sealed record RevisionParagraph(int Id, ParagraphKind Kind, string Text);
