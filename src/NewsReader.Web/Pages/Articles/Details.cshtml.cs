using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;

namespace NewsReader.Web.Pages.Articles;

/// <summary>One article, its paragraphs in order, captions marked as such.</summary>
public sealed class DetailsModel(NewsReaderDbContext db) : PageModel
{
    public sealed record ParagraphView(int Id, int Ordinal, ParagraphKind Kind, string Text);

    public sealed record ArticleView(string Slug, string Title, string SourcePath, int WordCount, DateTimeOffset IngestedAt, IReadOnlyList<ParagraphView> Paragraphs);

    public ArticleView? Article { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        Article = await db.Articles.AsNoTracking()
            .Where(a => a.Slug == slug)
            .Select(a => new ArticleView(a.Slug, a.Title, a.SourcePath, a.WordCount, a.IngestedAt,
                a.Paragraphs.OrderBy(p => p.Ordinal).Select(p => new ParagraphView(p.Id, p.Ordinal, p.Kind, p.Text)).ToList()))
            .SingleOrDefaultAsync(cancellationToken);
        return Article is null ? NotFound() : Page();
    }
}
