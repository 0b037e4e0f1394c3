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

/// <summary>What happened to one file: its status, the article's slug, and for a duplicate the path it duplicates.</summary>
public sealed record ImportOutcome(ImportStatus Status, string Slug, string? DuplicateOf = null);

/// <summary>
/// Stores parsed content under a source path, idempotently, one transaction per file: the same
/// content is a no-op, changed content updates the article in place (same slug), and content
/// already stored under another path is reported as a duplicate and not stored again.
/// </summary>
public sealed class ArticleImporter(IDbContextFactory<NewsReaderDbContext> contexts, TimeProvider clock)
{
    private const int Attempts = 3;

    public async Task<ImportOutcome> ImportAsync(string sourcePath, ArticleContent content, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryImportAsync(sourcePath, content, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another process stored a clashing slug, path or hash between our read and our write
                // (the app's folder watcher and the command line may ingest at the same time): look again.
            }
        }
    }

    private async Task<ImportOutcome> TryImportAsync(string sourcePath, ArticleContent content, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var existing = await db.Articles.Include(a => a.Paragraphs)
            .SingleOrDefaultAsync(a => a.SourcePath == sourcePath, cancellationToken);
        if (existing?.ContentHash == content.Hash)
        {
            return new ImportOutcome(ImportStatus.Unchanged, existing.Slug);
        }

        var original = await db.Articles.AsNoTracking()
            .Where(a => a.ContentHash == content.Hash)
            .Select(a => new { a.Slug, a.SourcePath })
            .FirstOrDefaultAsync(cancellationToken);
        if (original is not null)
        {
            return new ImportOutcome(ImportStatus.Duplicate, original.Slug, original.SourcePath);
        }

        var now = clock.GetUtcNow();
        ImportOutcome outcome;
        if (existing is not null)
        {
            existing.ReplaceContent(content, now);
            outcome = new ImportOutcome(ImportStatus.Updated, existing.Slug);
        }
        else
        {
            var slug = await FreeSlugAsync(db, SlugMaker.FromTitle(content.Title), cancellationToken);
            db.Articles.Add(new Article(slug, sourcePath, content, now));
            outcome = new ImportOutcome(ImportStatus.New, slug);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    private static async Task<string> FreeSlugAsync(NewsReaderDbContext db, string baseSlug, CancellationToken cancellationToken)
    {
        var prefix = baseSlug + "-";
        var taken = await db.Articles.AsNoTracking()
            .Where(a => a.Slug == baseSlug || a.Slug.StartsWith(prefix))
            .Select(a => a.Slug)
            .ToHashSetAsync(cancellationToken);
        var n = 1;
        while (taken.Contains(SlugMaker.Candidate(baseSlug, n)))
        {
            n++;
        }

        return SlugMaker.Candidate(baseSlug, n);
    }
}
