namespace NewsReader.Web.Search;

/// <summary>An article found by full text: its best score and a snippet (HTML, matches in &lt;mark&gt;).</summary>
public sealed record ArticleHit(int ArticleId, string Slug, string Title, string SnippetHtml, double Score);

/// <summary>
/// A page of articles found. <see cref="Total"/> is exact up to <see cref="ArticleHits.CountLimit"/>; when
/// more match, it is that limit and <see cref="TotalIsAtLeast"/> is set ("1,000+ articles"), so counting a
/// common word never reads every paragraph that has it.
/// </summary>
public sealed record ArticleHits(int Total, IReadOnlyList<ArticleHit> Items, bool TotalIsAtLeast = false)
{
    public const int CountLimit = 1000;
}

/// <summary>A paragraph where one of the phrases appears, with a snippet (HTML).</summary>
public sealed record PhraseHit(int ArticleId, string Slug, string Title, int ParagraphId, int Ordinal, string SnippetHtml);

/// <summary>
/// Full-text search over titles and paragraphs. The one place provider-specific search SQL lives:
/// SQLite FTS5 today (<see cref="Sqlite.SqliteArticleSearch"/>), PostgreSQL's own later.
/// </summary>
public interface IArticleSearch
{
    /// <summary>Articles matching all the words of <paramref name="query"/>, most relevant first, paged.</summary>
    Task<ArticleHits> SearchAsync(string query, int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>
    /// Paragraphs containing any of the phrases (whole words, case and accents folded), newest first, at most
    /// <paramref name="limit"/>; with <paramref name="notTaggedWith"/>, only in articles with no annotation of
    /// that person (asked of each hit in the query, so the person's tagged articles are never listed).
    /// </summary>
    Task<IReadOnlyList<PhraseHit>> FindPhrasesAsync(IReadOnlyList<string> phrases, int limit, int? notTaggedWith, CancellationToken cancellationToken);
}
