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
        Apply(content, now);
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

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<Paragraph> Paragraphs => _paragraphs;

    /// <summary>
    /// Replaces the text with new content. Paragraph rows are rewritten by position rather than
    /// recreated, so their ids (which annotations point at) survive an edit of the source file.
    /// </summary>
    public void ReplaceContent(ArticleContent content, DateTimeOffset now)
    {
        if (content.Hash == ContentHash)
        {
            return;
        }

        Apply(content, now);
    }

    private void Apply(ArticleContent content, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        Title = content.Title;
        ContentHash = content.Hash;
        WordCount = content.WordCount;
        UpdatedAt = now;

        var ordered = _paragraphs.OrderBy(p => p.Ordinal).ToList();
        for (var i = 0; i < content.Paragraphs.Count; i++)
        {
            var draft = content.Paragraphs[i];
            if (i < ordered.Count)
            {
                ordered[i].Rewrite(draft.Kind, draft.Text);
            }
            else
            {
                _paragraphs.Add(new Paragraph(i, draft.Kind, draft.Text));
            }
        }

        foreach (var extra in ordered.Skip(content.Paragraphs.Count))
        {
            _paragraphs.Remove(extra);
        }
    }
}
