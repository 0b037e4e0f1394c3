using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using NewsReader.Web.Ingestion;

namespace NewsReader.Web.Hosting;

/// <summary>
/// Ingests new or changed <c>*.txt</c> files in the seed folder while the app runs. Events are
/// debounced per file: a file is taken only once it has been quiet for <see cref="IngestionOptions.WatchDebounce"/>,
/// so a file still being written is ingested once, complete. A full rescan after a watcher
/// overflow catches anything missed; unchanged files cost a hash comparison.
/// </summary>
public sealed class SeedFolderWatcher(
    ArticleIngestor ingestor,
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
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await IngestQuietFilesAsync(folder, debounce, stoppingToken);
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
