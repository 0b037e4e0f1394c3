using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.Hosting;
using NewsReader.Web.Ingestion;

namespace NewsReader.ReanchorBench;

/// <summary>One timed ingest through the app's <see cref="ArticleIngestor"/>, the code the <c>ingest</c> command runs.</summary>
internal static class Ingest
{
    /// <summary>Ingests <paramref name="folder"/> into the database at <paramref name="databasePath"/> (new or existing); migrations are not timed.</summary>
    public static async Task<(double Seconds, IngestionSummary Summary)> RunAsync(string databasePath, string workFolder, string folder, CancellationToken cancellationToken)
    {
        await using var services = BenchServices.Build(databasePath, workFolder);

        // The app migrates once at start-up, not per ingest.
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        var ingestor = services.GetRequiredService<ArticleIngestor>();
        var stopwatch = Stopwatch.StartNew();
        var summary = await ingestor.IngestAsync(folder, null, cancellationToken);
        return (stopwatch.Elapsed.TotalSeconds, summary);
    }

    public static string Describe(IngestionSummary summary) =>
        summary.Suggestions is { } s ? $"{summary}; suggestions: {s}" : summary.ToString();
}
