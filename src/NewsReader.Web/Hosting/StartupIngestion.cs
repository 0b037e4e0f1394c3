using Microsoft.Extensions.Options;
using NewsReader.Web.Ingestion;

namespace NewsReader.Web.Hosting;

/// <summary>
/// Runs before the server takes requests: migrate the database, then ingest the seed folder, so the
/// first page served already lists the seeds. A missing seed folder is logged, not fatal.
/// </summary>
public sealed class StartupIngestion(
    DatabaseInitializer database,
    ArticleIngestor ingestor,
    AppPaths paths,
    IOptions<SeedOptions> seed,
    ILogger<StartupIngestion> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await database.InitializeAsync(cancellationToken);
        }
        catch (Exception ex) when (StorageFaults.Reason(ex) is { } reason)
        {
            logger.LogError(ex, "Database not writable at start-up ({Reason}); serving reads, writes answer 503", reason);
            return;
        }

        var folder = paths.Resolve(seed.Value.Path);
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("Seed folder {SeedFolder} does not exist; nothing to ingest at start-up", folder);
            return;
        }

        await ingestor.IngestAsync(folder, progress: null, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
