using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;

namespace NewsReader.Web.Tagging;

/// <summary>One change to an annotation as pages and the API show it; a null actor is NewsReader itself (re-anchoring after an edit).</summary>
public sealed record HistoryEntry(long Id, int AnnotationId, AnnotationAction Action, string? Actor, DateTimeOffset At, int Revision, AnnotationSnapshot? Before, AnnotationSnapshot? After)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public string? ActorId { get; init; }
}

public static class AnnotationHistory
{
    /// <summary>An annotation's history, oldest first (also for a deleted one); null when no such annotation ever existed.</summary>
    public static async Task<List<HistoryEntry>?> ForAnnotationAsync(NewsReaderDbContext db, int annotationId, CancellationToken cancellationToken)
    {
        var entries = await Entries(db, db.AnnotationEvents.Where(e => e.AnnotationId == annotationId).OrderBy(e => e.Id))
            .ToListAsync(cancellationToken);
        if (entries.Count > 0)
        {
            return entries;
        }

        // Annotations made before history was kept have none yet, but they exist.
        return await db.Annotations.IgnoreQueryFilters().AnyAsync(a => a.Id == annotationId, cancellationToken) ? entries : null;
    }

    /// <summary>An article's activity, newest first.</summary>
    public static Task<List<HistoryEntry>> ForArticleAsync(NewsReaderDbContext db, int articleId, int skip, int take, CancellationToken cancellationToken) =>
        Entries(db, db.AnnotationEvents.Where(e => e.ArticleId == articleId).OrderByDescending(e => e.Id).Skip(skip).Take(take))
            .ToListAsync(cancellationToken);

    // Ordered and paged before the projection: the entry record's members cannot be translated back to SQL.
    private static IQueryable<HistoryEntry> Entries(NewsReaderDbContext db, IQueryable<AnnotationEvent> events) =>
        from e in events.AsNoTracking()
        join u in db.Users on e.ActorId equals u.Id into actors
        from u in actors.DefaultIfEmpty()
        select new HistoryEntry(e.Id, e.AnnotationId, e.Action, u == null ? null : u.DisplayName, e.At, e.Revision, e.Before, e.After) { ActorId = e.ActorId };
}
