namespace NewsReader.Web.Domain;

/// <summary>
/// A news article as ingested from one file. Its identity is <see cref="SourcePath"/>; its
/// <see cref="Slug"/> is chosen once and never changes, so links stay valid across re-ingestion.
/// </summary>
public sealed class Article
{
    public const int MaxSlugLength = 80;
    public const int MaxSourcePathLength = 1024;

    /// <summary>No headline is this long: a longer first line means the file is not an article.</summary>
    public const int MaxTitleLength = 1000;

    /// <summary>Far beyond any news article; keeps one hostile file from producing a page nobody can load.</summary>
    public const int MaxParagraphs = 10_000;

    private readonly List<Paragraph> _paragraphs = [];

    private Article()
    {
        Slug = Title = SourcePath = ContentHash = string.Empty;
    }

    public Article(string slug, string sourcePath, ArticleContent content, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(slug);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourcePath);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(slug.Length, MaxSlugLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sourcePath.Length, MaxSourcePathLength);
        Slug = slug;
        SourcePath = sourcePath;
        IngestedAt = now;
        Title = ContentHash = string.Empty;
        Revision = 1;
        Apply(content, now);
        for (var i = 0; i < content.Paragraphs.Count; i++)
        {
            _paragraphs.Add(new Paragraph(i, content.Paragraphs[i].Kind, content.Paragraphs[i].Text));
        }
    }

    public int Id { get; private set; }

    public string Slug { get; private set; }

    public string Title { get; private set; }

    /// <summary>Path relative to the folder the article was ingested from, with '/' separators.</summary>
    public string SourcePath { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the normalised text (see <see cref="ArticleContent.Hash"/>).</summary>
    public string ContentHash { get; private set; }

    public int WordCount { get; private set; }

    public DateTimeOffset IngestedAt { get; private set; }

    /// <summary>When the current text replaced the one before (the first ingest for revision 1).</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>1 at the first ingest, one more each time an ingest changes the text.</summary>
    public int Revision { get; private set; }

    public IReadOnlyList<Paragraph> Paragraphs => _paragraphs;

    /// <summary>
    /// Before <see cref="ReplaceContent"/> with the same <paramref name="keptParagraphIds"/>: moves the
    /// positions that will change (paragraphs that move or go) out of the range in use, so the change can
    /// be stored row by row without two rows ever holding one position (a unique index guards it).
    /// Returns whether any moved; an edit within paragraphs moves none and costs no extra write.
    /// </summary>
    public bool ParkParagraphs(IReadOnlyList<int?> keptParagraphIds)
    {
        ArgumentNullException.ThrowIfNull(keptParagraphIds);
        var target = new Dictionary<int, int>();
        for (var i = 0; i < keptParagraphIds.Count; i++)
        {
            if (keptParagraphIds[i] is int id)
            {
                target.TryAdd(id, i);
            }
        }

        var parked = false;
        foreach (var paragraph in _paragraphs.Where(p => !target.TryGetValue(p.Id, out var ordinal) || ordinal != p.Ordinal))
        {
            paragraph.MoveTo(MaxParagraphs + 1 + paragraph.Ordinal);
            parked = true;
        }

        return parked;
    }

    /// <summary>
    /// Replaces the text with new content and returns the superseded revision (null when the text is the
    /// same). <paramref name="keptParagraphIds"/>[i] names the existing paragraph that new paragraph i
    /// continues (its row and id are kept, so what points at it stays), or null for a new row; existing
    /// paragraphs that no new one continues are removed.
    /// </summary>
    public ArticleRevision? ReplaceContent(ArticleContent content, IReadOnlyList<int?> keptParagraphIds, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(keptParagraphIds);
        if (content.Hash == ContentHash)
        {
            return null;
        }

        if (keptParagraphIds.Count != content.Paragraphs.Count)
        {
            throw new ArgumentException("One entry per new paragraph.", nameof(keptParagraphIds));
        }

        var superseded = new ArticleRevision(Id, Revision, Title, ContentHash,
            [.. _paragraphs.OrderBy(p => p.Ordinal).Select(p => new RevisionParagraph(p.Id, p.Kind, p.Text))], UpdatedAt, now);
        Revision++;
        Apply(content, now);

        var existing = _paragraphs.ToDictionary(p => p.Id);
        var kept = new List<Paragraph>();
        for (var i = 0; i < content.Paragraphs.Count; i++)
        {
            var draft = content.Paragraphs[i];
            if (keptParagraphIds[i] is int id && existing.Remove(id, out var paragraph))
            {
                paragraph.Rewrite(i, draft.Kind, draft.Text);
                kept.Add(paragraph);
            }
            else
            {
                kept.Add(new Paragraph(i, draft.Kind, draft.Text));
            }
        }

        _paragraphs.Clear();
        _paragraphs.AddRange(kept);
        return superseded;
    }

    private void Apply(ArticleContent content, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        Title = content.Title;
        ContentHash = content.Hash;
        WordCount = content.WordCount;
        UpdatedAt = now;
    }
}
