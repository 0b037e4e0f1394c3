using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;

namespace NewsReader.Web.Ingestion;

public enum ImportStatus
{
    New,
    Updated,
    Unchanged,
    Duplicate,
}

/// <summary>
/// What happened to one file: its status, the article's id and slug, for a duplicate the path it
/// duplicates, and for a changed text what became of its annotations.
/// </summary>
public sealed record ImportOutcome(ImportStatus Status, int ArticleId, string Slug, string? DuplicateOf = null, RevisionReport? Revision = null);

/// <summary>
/// Stores parsed content under a source path, idempotently, one transaction per file or per batch of files
/// with a savepoint for each (<see cref="BeginBatchAsync"/>): the same
/// content is a no-op, changed content becomes the article's next revision (same slug; its annotations
/// follow the text, see <see cref="ArticleRevising"/>), and content
/// already stored under another path is reported as a duplicate and not stored again.
/// </summary>
public sealed class ArticleImporter(IDbContextFactory<NewsReaderDbContext> contexts, TimeProvider clock)
{
    private const int Attempts = 3;

    private sealed record Match(int Id, string Slug, string SourcePath, string ContentHash);

    // Compiled: these run once per file, thousands of times in a corpus ingest. Compiled per importer (one a
    // host), not once a process: a compiled query serves one model, and SQLite's and PostgreSQL's differ (copy-db
    // and the tests hold both in one process).
    private readonly Func<NewsReaderDbContext, string, string, string, IAsyncEnumerable<Match>> _matchesQuery =
        EF.CompileAsyncQuery((NewsReaderDbContext db, string path, string hash, string slug) => db.Articles.AsNoTracking()
            .Where(a => a.SourcePath == path || a.ContentHash == hash || a.Slug == slug)
            .Select(a => new Match(a.Id, a.Slug, a.SourcePath, a.ContentHash)));

    private readonly Func<NewsReaderDbContext, string, Task<bool>> _slugTakenQuery =
        EF.CompileAsyncQuery((NewsReaderDbContext db, string slug) => db.Articles.Any(a => a.Slug == slug));

    public async Task<ImportOutcome> ImportAsync(string sourcePath, ArticleContent content, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var batch = await BeginBatchAsync(cancellationToken);
                var outcome = await batch.ImportAsync(sourcePath, content, cancellationToken);
                await batch.CommitAsync(cancellationToken);
                return outcome;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another process stored a clashing slug, path or hash between our read and our write
                // (the app's folder watcher and the command line may ingest at the same time): look again.
            }
        }
    }

    /// <summary>
    /// A transaction for several files: each file is stored under a savepoint of its own, so a file that
    /// fails leaves nothing of itself and the others stand; nothing is stored until <see cref="ImportBatch.CommitAsync"/>.
    /// One commit for many small files writes each touched page of the indexes once, not once a file.
    /// </summary>
    public async Task<ImportBatch> BeginBatchAsync(CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            // Re-derivable from the files, so no fsync per commit (still crash-consistent in WAL). Set before
            // the transaction, on this connection only; the next open resets it (SqlitePragmas). PostgreSQL's
            // equivalent lasts for the transaction only.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await DurabilitySettings.RelaxBeforeTransactionAsync(db, cancellationToken);
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await DurabilitySettings.RelaxInTransactionAsync(db, cancellationToken);
            return new ImportBatch(this, db, transaction);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    /// <summary>Files stored in one transaction; see <see cref="BeginBatchAsync"/>.</summary>
    public sealed class ImportBatch(ArticleImporter importer, NewsReaderDbContext db, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction) : IAsyncDisposable
    {
        private int _savepoints;

        /// <summary>Files stored so far (not yet committed).</summary>
        public int Count { get; private set; }

        public async Task<ImportOutcome> ImportAsync(string sourcePath, ArticleContent content, CancellationToken cancellationToken)
        {
            var savepoint = "file" + _savepoints++;
            await transaction.CreateSavepointAsync(savepoint, cancellationToken);
            try
            {
                var outcome = await importer.StoreAsync(db, sourcePath, content, cancellationToken);
                await transaction.ReleaseSavepointAsync(savepoint, cancellationToken);
                Count++;
                return outcome;
            }
            catch
            {
                await transaction.RollbackToSavepointAsync(savepoint, CancellationToken.None);
                await transaction.ReleaseSavepointAsync(savepoint, CancellationToken.None);
                throw;
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            await db.DisposeAsync();
        }
    }

    private async Task<ImportOutcome> StoreAsync(NewsReaderDbContext db, string sourcePath, ArticleContent content, CancellationToken cancellationToken)
    {
        // One indexed lookup answers three questions: is this path stored, is this text stored
        // elsewhere, and is the title's slug free? (Each column has a unique index.)
        var baseSlug = SlugMaker.FromTitle(content.Title);
        Match? samePath = null, sameText = null;
        var slugTaken = false;
        await foreach (var match in _matchesQuery(db, sourcePath, content.Hash, baseSlug).WithCancellation(cancellationToken))
        {
            slugTaken |= match.Slug == baseSlug;
            if (match.SourcePath == sourcePath)
            {
                samePath = match;
            }

            if (match.ContentHash == content.Hash && match.SourcePath != sourcePath)
            {
                sameText = match;
            }
        }

        if (samePath?.ContentHash == content.Hash)
        {
            return new ImportOutcome(ImportStatus.Unchanged, samePath.Id, samePath.Slug);
        }

        if (sameText is not null)
        {
            return new ImportOutcome(ImportStatus.Duplicate, sameText.Id, sameText.Slug, sameText.SourcePath);
        }

        var now = clock.GetUtcNow();
        ImportOutcome outcome;
        if (samePath is not null)
        {
            var existing = await db.Articles.Include(a => a.Paragraphs).SingleAsync(a => a.Id == samePath.Id, cancellationToken);
            var report = await ArticleRevising.ReviseAsync(db, existing, content, now, cancellationToken);
            outcome = new ImportOutcome(ImportStatus.Updated, existing.Id, existing.Slug, Revision: report);
        }
        else
        {
            var slug = slugTaken ? await FreeSlugAsync(db, baseSlug, cancellationToken) : baseSlug;
            var id = await ArticleInserter.InsertAsync(db, new Article(slug, sourcePath, content, now), cancellationToken);
            outcome = new ImportOutcome(ImportStatus.New, id, slug);
        }

        return outcome;
    }

    private async Task<string> FreeSlugAsync(NewsReaderDbContext db, string baseSlug, CancellationToken cancellationToken)
    {
        // The base slug is taken; titles repeat rarely, so probing base-2, base-3, ... by index is cheap.
        for (var n = 2; ; n++)
        {
            var candidate = SlugMaker.Candidate(baseSlug, n);
            if (!await _slugTakenQuery(db, candidate))
            {
                return candidate;
            }
        }
    }
}
