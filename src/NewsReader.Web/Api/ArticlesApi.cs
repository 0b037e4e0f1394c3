using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;

namespace NewsReader.Web.Api;

/// <summary>Read-only JSON for scripts and the tagging UI: <c>/api/articles</c>.</summary>
public static class ArticlesApi
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public sealed record ArticleListItem(string Slug, string Title, int WordCount, int ParagraphCount);

    public sealed record ArticleList(int Total, int Page, int PageSize, IReadOnlyList<ArticleListItem> Items);

    public sealed record ParagraphView(int Id, int Ordinal, ParagraphKind Kind, string Text);

    /// <summary>An article; <c>revision</c> is 1 at the first ingest and one more per change, <c>revisedAt</c> when the current text came.</summary>
    public sealed record ArticleView(string Slug, string Title, string SourcePath, int Revision, DateTimeOffset RevisedAt, IReadOnlyList<ParagraphView> Paragraphs);

    public static IEndpointRouteBuilder MapArticlesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/articles").WithTags("Articles");
        group.MapGet("/", ListAsync);
        group.MapGet("/{slug}", GetAsync);
        return app;
    }

    private static async Task<Results<Ok<ArticleList>, ProblemHttpResult>> ListAsync(
        NewsReaderDbContext db, CancellationToken cancellationToken, int page = 1, int pageSize = DefaultPageSize)
    {
        if (page < 1 || pageSize < 1 || pageSize > MaxPageSize)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Invalid paging",
                detail: $"page must be 1 or more and pageSize between 1 and {MaxPageSize} (got page={page}, pageSize={pageSize}).");
        }

        var total = await db.Articles.CountAsync(cancellationToken);
        var items = await db.Articles.AsNoTracking()
            .OrderByDescending(a => a.IngestedAt).ThenByDescending(a => a.Id)
            .Skip(Paging.Offset(page, pageSize)).Take(pageSize)
            .Select(a => new ArticleListItem(a.Slug, a.Title, a.WordCount, a.Paragraphs.Count))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new ArticleList(total, page, pageSize, items));
    }

    private static async Task<Results<Ok<ArticleView>, ProblemHttpResult>> GetAsync(
        string slug, NewsReaderDbContext db, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking()
            .Where(a => a.Slug == slug)
            .Select(a => new ArticleView(a.Slug, a.Title, a.SourcePath, a.Revision, a.UpdatedAt,
                a.Paragraphs.OrderBy(p => p.Ordinal).Select(p => new ParagraphView(p.Id, p.Ordinal, p.Kind, p.Text)).ToList()))
            .SingleOrDefaultAsync(cancellationToken);
        return article is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Article not found", detail: $"No article has the slug '{slug}'.")
            : TypedResults.Ok(article);
    }
}
