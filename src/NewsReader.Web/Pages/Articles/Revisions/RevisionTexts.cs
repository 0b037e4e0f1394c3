using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;

namespace NewsReader.Web.Pages.Articles.Revisions;

/// <summary>An article as its revision pages need it: which revision is current and since when.</summary>
public sealed record RevisedArticle(int Id, string Slug, string Title, int CurrentRevision, DateTimeOffset UpdatedAt);

/// <summary>One revision in the list.</summary>
public sealed record RevisionSummary(int Number, string Title, DateTimeOffset ValidFrom, bool IsCurrent);

/// <summary>One revision's whole text; <see cref="ValidUntil"/> is null for the current one.</summary>
public sealed record RevisionText(int Number, string Title, DateTimeOffset ValidFrom, DateTimeOffset? ValidUntil, IReadOnlyList<RevisionParagraph> Paragraphs);

/// <summary>
/// The reads behind the revision pages. Superseded texts are <see cref="ArticleRevision"/> rows; the
/// current text is not copied there but is the article's own paragraphs, so it is read from those.
/// </summary>
public static class RevisionTexts
{
    public static Task<RevisedArticle?> FindArticleAsync(NewsReaderDbContext db, string slug, CancellationToken cancellationToken) =>
        db.Articles.AsNoTracking()
            .Where(a => a.Slug == slug)
            .Select(a => new RevisedArticle(a.Id, a.Slug, a.Title, a.Revision, a.UpdatedAt))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>Every revision, newest (the current one) first.</summary>
    public static async Task<List<RevisionSummary>> ListAsync(NewsReaderDbContext db, RevisedArticle article, CancellationToken cancellationToken)
    {
        var older = await db.ArticleRevisions.AsNoTracking()
            .Where(r => r.ArticleId == article.Id)
            .OrderByDescending(r => r.Number)
            .Select(r => new RevisionSummary(r.Number, r.Title, r.ValidFrom, false))
            .ToListAsync(cancellationToken);
        return [new RevisionSummary(article.CurrentRevision, article.Title, article.UpdatedAt, true), .. older];
    }

    /// <summary>Revision <paramref name="number"/>'s text, or null when the article has no such revision.</summary>
    public static async Task<RevisionText?> LoadAsync(NewsReaderDbContext db, RevisedArticle article, int number, CancellationToken cancellationToken)
    {
        if (number == article.CurrentRevision)
        {
            var paragraphs = await db.Paragraphs.AsNoTracking()
                .Where(p => p.ArticleId == article.Id)
                .OrderBy(p => p.Ordinal)
                .Select(p => new RevisionParagraph(p.Id, p.Kind, p.Text))
                .ToListAsync(cancellationToken);
            return new RevisionText(number, article.Title, article.UpdatedAt, null, paragraphs);
        }

        return await db.ArticleRevisions.AsNoTracking()
            .Where(r => r.ArticleId == article.Id && r.Number == number)
            .Select(r => new RevisionText(r.Number, r.Title, r.ValidFrom, r.ValidUntil, r.Paragraphs))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
