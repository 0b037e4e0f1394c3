using Microsoft.Extensions.Options;
using NewsReader.Web.Ingestion;

namespace NewsReader.Web.Hosting;

/// <summary>
/// Runs before the server takes requests: migrate the database, then ingest the seed folder, so the
/// first page served already lists the seeds. A missing seed folder is logged, not fatal. With several instances on
/// one database only the one that takes the seed-folder lease (<see cref="IngestLease"/>) ingests.
/// </summary>
public sealed class StartupIngestion(
    DatabaseInitializer database,
    ArticleIngestor ingestor,
    IngestLease lease,
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

        if (!await lease.TryHoldAsync(cancellationToken))
        {
            logger.LogInformation("Seed folder {SeedFolder} is ingested by another instance ({Holder}); this one serves only",
                folder, await lease.CurrentHolderAsync(cancellationToken));
            return;
        }

        await ingestor.IngestAsync(folder, progress: null, cancellationToken);
    }

    /// <summary>Gives the seed-folder lease up, so another instance takes the folder over at once.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await lease.ReleaseAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not release the seed-folder lease; another instance takes it when it expires");
        }
    }
}
