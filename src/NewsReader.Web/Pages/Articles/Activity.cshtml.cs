using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;
using NewsReader.Web.Pages.Shared;
using NewsReader.Web.Tagging;

namespace NewsReader.Web.Pages.Articles;

/// <summary>What happened to an article's annotations, newest first, <see cref="PageSize"/> to a page.</summary>
public sealed class ActivityModel(NewsReaderDbContext db) : PageModel
{
    public const int PageSize = 25;

    public sealed record Subject(int Id, string Slug, string Title);

    public Subject Article { get; private set; } = null!;

    public int Total { get; private set; }

    public IReadOnlyList<HistoryEntry> Entries { get; private set; } = [];

    public Pager Pager { get; private set; } = new(1, 1, "/");

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int pageNumber, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().Where(a => a.Slug == slug).Select(a => new Subject(a.Id, a.Slug, a.Title)).SingleOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        Article = article;
        Total = await db.AnnotationEvents.CountAsync(e => e.ArticleId == article.Id, cancellationToken);
        var pages = Paging.PageCount(Total, PageSize);
        pageNumber = Paging.Shown(pageNumber, pages);
        Entries = await AnnotationHistory.ForArticleAsync(db, article.Id, Paging.Offset(pageNumber, PageSize), PageSize, cancellationToken);
        Pager = new Pager(pageNumber, pages, Url.Page("/Articles/Activity", new { slug })!);
        return Page();
    }
}
