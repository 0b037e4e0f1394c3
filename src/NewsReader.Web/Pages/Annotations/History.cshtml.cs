using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Accounts;
using NewsReader.Web.Data;
using NewsReader.Web.Tagging;

namespace NewsReader.Web.Pages.Annotations;

/// <summary>
/// An annotation's history, oldest first, for anyone to read, deleted annotations included; their author
/// or an admin can restore a deleted one from here.
/// </summary>
public sealed class HistoryModel(NewsReaderDbContext db, AnnotationService annotations) : PageModel
{
    public sealed record Subject(int Id, string Exact, bool IsDeleted, string AuthorId, int ArticleId, string ArticleSlug, string ArticleTitle);

    public sealed record Line(HistoryEntry Entry, IReadOnlyList<FieldChange> Changes);

    public Subject Annotation { get; private set; } = null!;

    public IReadOnlyList<Line> Lines { get; private set; } = [];

    public bool MayRestore => Annotation.IsDeleted && User.Identity?.IsAuthenticated == true
        && (User.IsInRole(Roles.Admin) || Annotation.AuthorId == User.ToActor().UserId);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var subject = await FindAsync(id, cancellationToken);
        var history = subject is null ? null : await AnnotationHistory.ForAnnotationAsync(db, id, cancellationToken);
        if (history is null)
        {
            return NotFound();
        }

        Annotation = subject!;
        var snapshots = history.SelectMany(e => new[] { e.Before, e.After }).OfType<Domain.AnnotationSnapshot>().ToList();
        var personIds = snapshots.Select(s => s.PersonId).OfType<int>().Distinct().ToList();
        var topicIds = snapshots.Select(s => s.TopicId).OfType<int>().Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var topics = await db.Topics.AsNoTracking().Where(t => topicIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var paragraphs = await db.Paragraphs.AsNoTracking().Where(p => p.ArticleId == subject!.ArticleId).ToDictionaryAsync(p => p.Id, p => p.Ordinal + 1, cancellationToken);
        var fields = new SnapshotFields(people, topics, paragraphs);
        Lines = [.. history.Select(e => new Line(e, fields.Changes(e.Before, e.After)))];
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(int id, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge(); // handlers cannot carry [Authorize]; reading the history stays anonymous
        }

        var subject = await FindAsync(id, cancellationToken);
        if (subject is null)
        {
            return NotFound();
        }

        var result = await annotations.RestoreAsync(id, User.ToActor(), cancellationToken);
        switch (result.Status)
        {
            case TaggingStatus.Ok:
                // The article page shows this key's message once, as it does after a review action.
                TempData["ReviewMessage"] = $"Restored the annotation \u201c{Shared.Excerpts.Shorten(subject.Exact, 80)}\u201d.";
                return RedirectToPage("/Articles/Details", null, new { slug = subject.ArticleSlug }, "in-this-article");
            case TaggingStatus.Forbidden:
                return Forbid();
            default:
                return NotFound();
        }
    }

    // Deleted annotations too: their history stays readable and they can be restored.
    private Task<Subject?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Annotations.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Id == id)
            .Join(db.Articles, a => a.ArticleId, article => article.Id, (a, article) =>
                new Subject(a.Id, a.Exact, a.DeletedAt != null, a.AuthorId, article.Id, article.Slug, article.Title))
            .SingleOrDefaultAsync(cancellationToken);
}
