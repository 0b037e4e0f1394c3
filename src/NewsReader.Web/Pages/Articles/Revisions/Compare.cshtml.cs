using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Web.Data;
using NewsReader.Web.Diffing;

namespace NewsReader.Web.Pages.Articles.Revisions;

/// <summary>What changed from revision n to revision n + 1, word by word, in the title and each paragraph.</summary>
public sealed class CompareModel(NewsReaderDbContext db) : PageModel
{
    public RevisedArticle Article { get; private set; } = null!;

    public RevisionText Older { get; private set; } = null!;

    public RevisionText Newer { get; private set; } = null!;

    public IReadOnlyList<DiffPiece> Title { get; private set; } = [];

    public IReadOnlyList<DiffedParagraph> Paragraphs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, int number, CancellationToken cancellationToken)
    {
        var article = await RevisionTexts.FindArticleAsync(db, slug, cancellationToken);
        if (article is null || number < 1 || number >= article.CurrentRevision)
        {
            return NotFound(); // the current revision has no next one to compare with
        }

        var older = await RevisionTexts.LoadAsync(db, article, number, cancellationToken);
        var newer = await RevisionTexts.LoadAsync(db, article, number + 1, cancellationToken);
        if (older is null || newer is null)
        {
            return NotFound();
        }

        (Article, Older, Newer) = (article, older, newer);
        Title = WordDiff.Compare(older.Title, newer.Title);
        Paragraphs = ParagraphDiff.Compare([.. older.Paragraphs.Select(p => p.Text)], [.. newer.Paragraphs.Select(p => p.Text)]);
        return Page();
    }
}
