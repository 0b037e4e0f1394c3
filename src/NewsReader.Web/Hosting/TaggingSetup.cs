using NewsReader.Web.Rendering;
using NewsReader.Web.Tagging;

namespace NewsReader.Web.Hosting;

public static class TaggingSetup
{
    /// <summary>Annotation commands and the renderers the article page uses.</summary>
    public static IServiceCollection AddNewsReaderTagging(this IServiceCollection services)
    {
        services.AddScoped<NameDirectory>();
        services.AddScoped<AnnotationService>();
        services.AddScoped<AnnotationUndo>();
        services.AddScoped<Reviewing.SuggestionReview>();
        services.AddScoped<NameAdministration>();
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<NewsReader.Web.Search.IArticleSearch, NewsReader.Web.Search.Sqlite.SqliteArticleSearch>();
        services.AddScoped<NewsReader.Web.Search.SearchService>();
        return services;
    }
}
