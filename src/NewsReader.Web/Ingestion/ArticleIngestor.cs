using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace NewsReader.Web.Ingestion;

/// <summary>Progress after each file: how many are done out of how many, and the file just handled.</summary>
public sealed record IngestionProgress(int Done, int Total, string SourcePath);

/// <summary>
/// The one code path for every way in (start-up seeds, the command line, the folder watcher):
/// find files, read, parse, store, and log one structured event per file plus one per run.
/// A bad file is logged and counted; it never stops the run.
/// </summary>
public sealed class ArticleIngestor(Microsoft.EntityFrameworkCore.IDbContextFactory<Data.NewsReaderDbContext> contexts, ArticleImporter importer, Reviewing.SuggestionGenerator suggestions, IOptions<IngestionOptions> options, Hosting.PageCache pages, ILogger<ArticleIngestor> logger)
{
    public async Task<IngestionSummary> IngestAsync(string root, IProgress<IngestionProgress>? progress, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var files = ArticleFileFinder.Find(root).ToList();
        var summary = await IngestFilesAsync(root, files, progress, cancellationToken);
        logger.LogInformation(
            "Ingestion of {Root} finished in {ElapsedMs} ms: {New} new, {Updated} updated, {Unchanged} unchanged, {Duplicate} duplicate, {Rejected} rejected, {Warnings} warnings",
            LogText.Printable(root), stopwatch.ElapsedMilliseconds, summary.New, summary.Updated, summary.Unchanged, summary.Duplicate, summary.Rejected, summary.Warnings);
        return summary;
    }

    public async Task<IngestionSummary> IngestFilesAsync(string root, IReadOnlyList<ArticleFile> files, IProgress<IngestionProgress>? progress, CancellationToken cancellationToken)
    {
        var summary = new IngestionSummary();
        var changed = new List<int>();
        var stored = new List<StoredFile>(); // in the open batch, reported once it commits
        ArticleImporter.ImportBatch? batch = null;
        var batchClock = new Stopwatch();
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (await ReadOneAsync(root, files[i], summary, cancellationToken) is { } content)
                {
                    if (batch is null)
                    {
                        batch = await importer.BeginBatchAsync(cancellationToken);
                        batchClock.Restart();
                    }

                    await StoreAsync(batch, root, files[i], content, summary, stored, cancellationToken);
                }

                if (batch is not null && (batch.Count >= BatchFiles || batchClock.Elapsed >= BatchTime))
                {
                    await CommitAsync(batch, root, summary, stored, changed, cancellationToken);
                    batch = null;
                }

                progress?.Report(new IngestionProgress(i + 1, files.Count, files[i].SourcePath));
            }

            if (batch is not null)
            {
                await CommitAsync(batch, root, summary, stored, changed, cancellationToken);
                batch = null;
            }
        }
        finally
        {
            if (batch is not null)
            {
                await batch.DisposeAsync();
            }
        }

        if (changed.Count > 0 && options.Value.Suggest)
        {
            await SuggestAsync(root, changed, summary, cancellationToken);
        }

        if (summary.New + summary.Updated > 0)
        {
            // A corpus ingested into a new database changes every table's size many times over: the
            // planner's statistics follow, or it keeps choosing indexes by guesswork.
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                await Data.PlannerStatistics.RefreshAsync(db, cancellationToken);
            }

            await pages.ReadingChangedAsync(cancellationToken);
        }

        return summary;
    }

    private async Task SuggestAsync(string root, List<int> articleIds, IngestionSummary summary, CancellationToken cancellationToken)
    {
        try
        {
            summary.Suggestions = await suggestions.SuggestAsync(articleIds, null, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The articles are stored either way; `suggest` can be run again later.
            logger.LogError(ex, "Suggestions for {Count} new or changed articles in {Root} failed; run the suggest command to retry", articleIds.Count, LogText.Printable(root));
        }
    }

    // Files stored in one transaction: up to this many, or as many as fit in this time, so a corpus ingest
    // commits (and writes each touched index page) once per hundred files while a user's tag waits for the
    // write lock a quarter of a second at most.
    private const int BatchFiles = 100;
    private static readonly TimeSpan BatchTime = TimeSpan.FromMilliseconds(250);

    private sealed record StoredFile(ArticleFile File, ImportOutcome Outcome, int Paragraphs);

    // Reads and parses one file; a file that cannot be stored is logged and counted here, and gives null.
    private async Task<Domain.ArticleContent?> ReadOneAsync(string root, ArticleFile file, IngestionSummary summary, CancellationToken cancellationToken)
    {
        var rejection = file.Rejection ?? (file.SourcePath.Length > Domain.Article.MaxSourcePathLength
            ? new Rejection(RejectionReason.PathTooLong, $"the path has {file.SourcePath.Length:N0} characters; at most {Domain.Article.MaxSourcePathLength:N0} are allowed")
            : null);
        Domain.ArticleContent? content = null;
        if (rejection is null)
        {
            var (bytes, readRejection) = await ArticleFileReader.ReadAsync(file.FullPath, options.Value.MaxFileBytes, cancellationToken);
            rejection = readRejection;
            if (bytes is not null)
            {
                var parsed = ArticleParser.Parse(bytes);
                foreach (var warning in parsed.Warnings)
                {
                    summary.CountWarning();
                    logger.LogWarning("Warning for {SourcePath} in {Root}: {Warning}", LogText.Printable(file.SourcePath), LogText.Printable(root), warning);
                }

                rejection = parsed.Rejection;
                content = parsed.Content;
            }
        }

        if (rejection is not null)
        {
            Reject(root, file, rejection, summary);
        }

        return content;
    }

    private void Reject(string root, ArticleFile file, Rejection rejection, IngestionSummary summary)
    {
        summary.CountRejected();
        logger.LogWarning("Rejected {SourcePath} in {Root}: {Reason}: {Detail}", LogText.Printable(file.SourcePath), LogText.Printable(root), rejection.Code, LogText.Printable(rejection.Detail));
    }

    private async Task StoreAsync(ArticleImporter.ImportBatch batch, string root, ArticleFile file, Domain.ArticleContent content, IngestionSummary summary, List<StoredFile> stored, CancellationToken cancellationToken)
    {
        try
        {
            stored.Add(new StoredFile(file, await batch.ImportAsync(file.SourcePath, content, cancellationToken), content.Paragraphs.Count));
        }
        catch (AnchorCheckException ex)
        {
            logger.LogError("Did not store the change to {SourcePath} in {Root}: {Reason}", LogText.Printable(file.SourcePath), LogText.Printable(root), ex.Message);
            Reject(root, file, new Rejection(RejectionReason.AnchorsWouldBreak, ex.Message), summary);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The file's savepoint rolled back, so nothing of it is stored; the run goes on.
            logger.LogError(ex, "Could not store {SourcePath} in {Root}", LogText.Printable(file.SourcePath), LogText.Printable(root));
            Reject(root, file, new Rejection(RejectionReason.StorageFailed, ex.GetBaseException().Message), summary);
        }
    }

    // Commits the batch, then reports each file in it; if the commit fails, none of them is stored.
    private async Task CommitAsync(ArticleImporter.ImportBatch batch, string root, IngestionSummary summary, List<StoredFile> stored, List<int> changed, CancellationToken cancellationToken)
    {
        try
        {
            await batch.CommitAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not store {Count} files in {Root}: their transaction failed to commit", stored.Count, LogText.Printable(root));
            foreach (var file in stored)
            {
                Reject(root, file.File, new Rejection(RejectionReason.StorageFailed, ex.GetBaseException().Message), summary);
            }

            stored.Clear();
            return;
        }
        finally
        {
            await batch.DisposeAsync();
        }

        foreach (var (file, outcome, paragraphs) in stored)
        {
            summary.Count(outcome.Status);
            if (outcome.Status is ImportStatus.New or ImportStatus.Updated)
            {
                changed.Add(outcome.ArticleId);
            }

            if (outcome.Status == ImportStatus.Duplicate)
            {
                logger.LogInformation("Skipped {SourcePath} in {Root}: duplicate of {DuplicateOf} ({Slug})", LogText.Printable(file.SourcePath), LogText.Printable(root), LogText.Printable(outcome.DuplicateOf ?? string.Empty), outcome.Slug);
            }
            else
            {
                logger.LogInformation("Ingested {SourcePath} in {Root}: {Status} as {Slug} ({Paragraphs} paragraphs)", LogText.Printable(file.SourcePath), LogText.Printable(root), outcome.Status, outcome.Slug, paragraphs);
            }

            if (outcome.Revision is { } revision)
            {
                summary.CountAnchoring(revision);
                LogRevision(file, outcome.Slug, revision);
            }
        }

        stored.Clear();
    }

    private void LogRevision(ArticleFile file, string slug, RevisionReport revision)
    {
        logger.LogInformation(
            "Revision {Revision} of {Slug} ({SourcePath}): annotations kept={Kept} moved={Moved} reanchored={Reanchored} orphaned={Orphaned}",
            revision.Revision, slug, LogText.Printable(file.SourcePath), revision.Kept, revision.Moved, revision.Reanchored, revision.Orphaned);
        foreach (var orphan in revision.Orphans)
        {
            logger.LogWarning("Annotation {AnnotationId} on {Slug} is orphaned: its text \"{Exact}\" is gone from revision {Revision}",
                orphan.AnnotationId, slug, LogText.Printable(orphan.Exact), revision.Revision);
        }
    }
}
