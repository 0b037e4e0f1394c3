namespace NewsReader.Web.Exchange;

/// <summary>Where each export lives in the API (its collection's IRI) and what it is called.</summary>
public static class ExportPaths
{
    public static string CollectionPath(ExportScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.ArticleSlug is { } article ? $"/api/articles/{Uri.EscapeDataString(article)}/annotations"
            : scope.PersonSlug is { } person ? $"/api/people/{Uri.EscapeDataString(person)}/annotations"
            : scope.TopicSlug is { } topic ? $"/api/topics/{Uri.EscapeDataString(topic)}/annotations"
            : "/api/annotations";
    }

    public static string Label(ExportScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.ArticleSlug is { } article ? $"NewsReader annotations on the article {article}"
            : scope.PersonSlug is { } person ? $"NewsReader annotations naming {person}"
            : scope.TopicSlug is { } topic ? $"NewsReader annotations on the topic {topic}"
            : "NewsReader annotations: the whole corpus";
    }

    /// <summary>A file name for a download: <c>newsreader-article-SLUG.jsonld</c>.</summary>
    public static string FileName(ExportScope scope, string extension)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return $"newsreader-{scope.Describe().Replace(' ', '-')}.{extension}";
    }
}
