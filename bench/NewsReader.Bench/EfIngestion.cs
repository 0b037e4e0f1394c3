using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.Hosting;
using NewsReader.Web.Ingestion;

namespace NewsReader.Bench;

/// <summary>The product path: the app's <see cref="ArticleIngestor"/> over EF Core, wired as the app wires it.</summary>
internal static class EfIngestion
{
    public const string Name = "EF";

    public static async Task<RunResult> RunAsync(string folder, ScratchFolder scratch, int run, CancellationToken cancellationToken)
    {
        var databasePath = scratch.NewDatabasePath("ef");
        try
        {
            TimeSpan elapsed;
            IngestionSummary summary;
            await using (var services = BenchDatabase.BuildServices(databasePath, scratch.Path))
            {
                // Migrations and WAL happen once per database in the app too (at start-up), so they are not timed.
                await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
                var ingestor = services.GetRequiredService<ArticleIngestor>();

                var stopwatch = Stopwatch.StartNew();
                summary = await ingestor.IngestAsync(folder, null, cancellationToken);
                elapsed = stopwatch.Elapsed;
            }

            var (articles, paragraphs) = await BenchDatabase.CountRowsAsync(databasePath, cancellationToken);
            var counts = new StoredCounts(summary.Files, summary.New, summary.Duplicate, summary.Rejected, articles, paragraphs);
            return new RunResult(Name, run, elapsed, counts);
        }
        finally
        {
            ScratchFolder.DeleteDatabase(databasePath);
        }
    }
}
