using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Web.Data;

namespace NewsReader.Web.Pages.Articles.Revisions;

/// <summary>An article's revisions, newest first: each text it has had since it was first ingested.</summary>
public sealed class IndexModel(NewsReaderDbContext db) : PageModel
{
    public RevisedArticle Article { get; private set; } = null!;

    public IReadOnlyList<RevisionSummary> Revisions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var article = await RevisionTexts.FindArticleAsync(db, slug, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        Article = article;
        Revisions = await RevisionTexts.ListAsync(db, article, cancellationToken);
        return Page();
    }
}
