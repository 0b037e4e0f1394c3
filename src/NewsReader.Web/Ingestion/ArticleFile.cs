namespace NewsReader.Web.Ingestion;

/// <summary>
/// A candidate article file found under a root: its full path and its path relative to the root
/// (with '/' separators), which is the article's identity. A file found unfit while walking (a link
/// out of the folder, a device) carries its rejection instead.
/// </summary>
public sealed record ArticleFile(string FullPath, string SourcePath, Rejection? Rejection = null);
