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
        // The one provider-specific service a page uses: full-text search (FTS5 or tsvector).
        services.AddScoped<NewsReader.Web.Search.IArticleSearch>(sp => sp.GetRequiredService<NewsReader.Web.Data.DatabaseTarget>().IsSqlite
            ? new NewsReader.Web.Search.Sqlite.SqliteArticleSearch(sp.GetRequiredService<NewsReader.Web.Data.NewsReaderDbContext>())
            : new NewsReader.Web.Search.Postgres.PostgresArticleSearch(sp.GetRequiredService<NewsReader.Web.Data.NewsReaderDbContext>()));
        services.AddScoped<NewsReader.Web.Search.SearchService>();
        return services;
    }
}
