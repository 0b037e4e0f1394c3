using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Web.Data;

namespace NewsReader.Web.Pages.Articles.Revisions;

/// <summary>One revision's text, read-only, with its neighbours and a link to compare it with the next.</summary>
public sealed class DetailsModel(NewsReaderDbContext db) : PageModel
{
    public RevisedArticle Article { get; private set; } = null!;

    public RevisionText Revision { get; private set; } = null!;

    public bool IsCurrent => Revision.Number == Article.CurrentRevision;

    public async Task<IActionResult> OnGetAsync(string slug, int number, CancellationToken cancellationToken)
    {
        var article = await RevisionTexts.FindArticleAsync(db, slug, cancellationToken);
        var revision = article is null ? null : await RevisionTexts.LoadAsync(db, article, number, cancellationToken);
        if (revision is null)
        {
            return NotFound();
        }

        (Article, Revision) = (article!, revision);
        return Page();
    }
}
