namespace NewsReader.Web.Search;

/// <summary>An article found by full text: its best score and a snippet (HTML, matches in &lt;mark&gt;).</summary>
public sealed record ArticleHit(int ArticleId, string Slug, string Title, string SnippetHtml, double Score);

public sealed record ArticleHits(int Total, IReadOnlyList<ArticleHit> Items);

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

    /// <summary>Paragraphs containing any of the phrases (whole words, case and accents folded), newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<PhraseHit>> FindPhrasesAsync(IReadOnlyList<string> phrases, int limit, CancellationToken cancellationToken);
}
