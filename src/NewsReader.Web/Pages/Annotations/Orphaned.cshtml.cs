using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Accounts;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;

namespace NewsReader.Web.Pages.Annotations;

/// <summary>
/// The queue of annotations that edits of their articles left without text: the reader's own, or every
/// one for an admin, newest change first, each with its article and a way to re-attach it.
/// </summary>
public sealed class OrphanedModel(NewsReaderDbContext db) : PageModel
{
    public const int PageSize = 25;

    public sealed record Orphan(int Id, AnnotationKind Kind, string Exact, string Prefix, string Suffix, string? Name, string ArticleSlug, string ArticleTitle, string Author, DateTimeOffset Since);

    public IReadOnlyList<Orphan> Orphans { get; private set; } = [];

    public Shared.Pager Pager { get; private set; } = null!;

    public bool EveryonesOrphans { get; private set; }

    public int Total { get; private set; }

    public async Task OnGetAsync(int page = 1, CancellationToken cancellationToken = default)
    {
        EveryonesOrphans = User.IsInRole(Roles.Admin);
        var userId = User.ToActor().UserId;
        var orphans = db.Annotations.AsNoTracking().Where(a => a.State == AnchorState.Orphaned && (EveryonesOrphans || a.AuthorId == userId));
        var total = await orphans.CountAsync(cancellationToken);
        var pages = Paging.PageCount(total, PageSize);
        var shown = Paging.Shown(page, pages);
        Orphans = await (
            from a in orphans
            join r in db.Articles on a.ArticleId equals r.Id
            join u in db.Users on a.AuthorId equals u.Id
            orderby a.UpdatedAt descending, a.Id descending
            select new Orphan(a.Id, a.Kind, a.Exact, a.Prefix, a.Suffix, a.Person != null ? a.Person.Name : a.Topic != null ? a.Topic.Name : null,
                r.Slug, r.Title, u.DisplayName, r.UpdatedAt))
            .Skip(Paging.Offset(shown, PageSize)).Take(PageSize)
            .ToListAsync(cancellationToken);
        Total = total;
        Pager = new Shared.Pager(shown, pages, "/annotations/orphaned");
    }
}
