using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using NewsReader.Web.Ingestion;

namespace NewsReader.Web.Hosting;

/// <summary>
/// Ingests new or changed <c>*.txt</c> files in the seed folder while the app runs. Events are
/// debounced per file: a file is taken only once it has been quiet for <see cref="IngestionOptions.WatchDebounce"/>,
/// so a file still being written is ingested once, complete. A full rescan after a watcher
/// overflow catches anything missed; unchanged files cost a hash comparison. It ingests only while this instance
/// holds the seed-folder lease (<see cref="IngestLease"/>), renewing it every third of its length; taking the lease
/// over from an instance that died rescans the whole folder.
/// </summary>
public sealed class SeedFolderWatcher(
    ArticleIngestor ingestor,
    IngestLease lease,
    TimeProvider time,
    AppPaths paths,
    IOptions<SeedOptions> seed,
    IOptions<IngestionOptions> ingestion,
    ILogger<SeedFolderWatcher> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _pending = new(StringComparer.Ordinal);
    private volatile bool _rescan;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var folder = paths.Resolve(seed.Value.Path);
        if (!seed.Value.Watch || !Directory.Exists(folder))
        {
            return;
        }

        using var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Created += (_, e) => Touch(e.FullPath);
        watcher.Changed += (_, e) => Touch(e.FullPath);
        watcher.Renamed += (_, e) => Touch(e.FullPath);
        watcher.Error += (_, e) =>
        {
            logger.LogWarning(e.GetException(), "Watcher on {SeedFolder} lost events; rescanning the folder", folder);
            _rescan = true;
        };
        watcher.EnableRaisingEvents = true;
        logger.LogInformation("Watching {SeedFolder} for new or changed articles", folder);

        var debounce = ingestion.Value.WatchDebounce;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(Math.Clamp(debounce.TotalMilliseconds / 4, 50, 500)));
        var renewEvery = seed.Value.Lease / 3;
        var renewAt = time.GetUtcNow();
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (time.GetUtcNow() >= renewAt)
                {
                    renewAt = time.GetUtcNow() + renewEvery;
                    await RenewLeaseAsync(stoppingToken);
                }

                if (lease.IsHeld)
                {
                    await IngestQuietFilesAsync(folder, debounce, stoppingToken);
                }
            }
        }
        finally
        {
            await lease.ReleaseAsync(CancellationToken.None);
        }
    }

    /// <summary>Keeps the seed-folder lease, or takes it over from an instance that died; taking it over rescans the folder.</summary>
    private async Task RenewLeaseAsync(CancellationToken cancellationToken)
    {
        var had = lease.IsHeld;
        try
        {
            if (await lease.TryHoldAsync(cancellationToken) && !had)
            {
                _rescan = true; // whatever changed while another instance held the folder, or none did
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not renew the seed-folder lease; trying again in {Interval}", seed.Value.Lease / 3);
        }
    }

    private void Touch(string fullPath) => _pending[fullPath] = DateTimeOffset.UtcNow;

    private async Task IngestQuietFilesAsync(string folder, TimeSpan debounce, CancellationToken cancellationToken)
    {
        try
        {
            if (_rescan)
            {
                _rescan = false;
                await ingestor.IngestAsync(folder, progress: null, cancellationToken);
            }

            var now = DateTimeOffset.UtcNow;
            var files = new List<ArticleFile>();
            foreach (var touched in _pending.Where(p => now - p.Value >= debounce).ToList())
            {
                // Removed only if not touched again meanwhile: a file still being written waits for the next tick.
                if (_pending.TryRemove(touched))
                {
                    files.AddRange(FilesAt(folder, touched.Key));
                }
            }

            if (files.Count > 0)
            {
                var summary = await ingestor.IngestFilesAsync(folder, files, progress: null, cancellationToken);
                logger.LogInformation("Watcher ingested {Files} changed files in {SeedFolder}: {Summary}", files.Count, folder, summary.ToString());
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Watcher on {SeedFolder} failed to ingest; it keeps watching", folder);
        }
    }

    // A changed path may be a file or a whole folder moved in; either way, only article files inside the seed folder count.
    private static IEnumerable<ArticleFile> FilesAt(string folder, string path)
    {
        var relative = Path.GetRelativePath(folder, path);
        if (relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
        {
            return []; // hidden, or outside the folder ("..")
        }

        if (Directory.Exists(path))
        {
            return ArticleFileFinder.FindUnder(folder, path);
        }

        return File.Exists(path) && ArticleFileFinder.IsArticleName(Path.GetFileName(path))
            ? [ArticleFileFinder.Describe(folder, path)]
            : [];
    }
}
