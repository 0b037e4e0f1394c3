namespace NewsReader.Web.Domain;

/// <summary>
/// Text as it is stored: never with U+0000. PostgreSQL's text cannot hold it, browsers show it as U+FFFD anyway,
/// and both databases must keep the same text; so NUL becomes U+FFFD. Pure.
/// </summary>
public static class StoredText
{
    public const char NulReplacement = '\uFFFD';

    public static string WithoutNul(string text) => text.Replace('\0', NulReplacement);
}
