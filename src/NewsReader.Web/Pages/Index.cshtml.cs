using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;
using NewsReader.Web.Pages.Shared;

namespace NewsReader.Web.Pages;

/// <summary>The article list: newest ingested first, <see cref="PageSize"/> to a page.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = NewsReader.Web.Hosting.PageCache.Reading)]
public sealed class IndexModel(NewsReaderDbContext db) : PageModel
{
    public const int PageSize = 20;
    private const int ExcerptLength = 280;

    public sealed record Item(string Slug, string Title, string? Excerpt, int WordCount);

    public sealed record View(int Total, IReadOnlyList<Item> Items, Pager Pager)
    {
        public int FirstNumber => ((Pager.Page - 1) * PageSize) + 1;
    }

    public View Result { get; private set; } = new(0, [], new Pager(1, 1, "/"));

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int pageNumber, CancellationToken cancellationToken)
    {
        var total = await db.Articles.CountAsync(cancellationToken);
        var pages = Paging.PageCount(total, PageSize);
        pageNumber = Paging.Shown(pageNumber, pages);

        var rows = await db.Articles.AsNoTracking()
            .OrderByDescending(a => a.IngestedAt).ThenByDescending(a => a.Id)
            .Skip(Paging.Offset(pageNumber, PageSize)).Take(PageSize)
            .Select(a => new
            {
                a.Slug,
                a.Title,
                a.WordCount,
                FirstBody = a.Paragraphs.Where(p => p.Kind == ParagraphKind.Body).OrderBy(p => p.Ordinal).Select(p => p.Text).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        var items = rows.Select(r => new Item(r.Slug, r.Title, Excerpts.Shorten(r.FirstBody, ExcerptLength), r.WordCount)).ToList();
        Result = new View(total, items, new Pager(pageNumber, pages, "/"));
        return Page();
    }
}
