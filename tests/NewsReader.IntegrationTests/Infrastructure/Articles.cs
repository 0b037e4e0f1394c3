using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.Ingestion;

namespace NewsReader.IntegrationTests.Infrastructure;

public static class Articles
{
    /// <summary>Stores an article through the app's own importer, as ingestion would.</summary>
    public static Task<ImportOutcome> ImportAsync(this NewsReaderFactory factory, string sourcePath, string text)
    {
        var content = ArticleParser.Parse(text).Content ?? throw new ArgumentException("Not a valid article.", nameof(text));
        return factory.Services.GetRequiredService<ArticleImporter>().ImportAsync(sourcePath, content, CancellationToken.None);
    }
}
