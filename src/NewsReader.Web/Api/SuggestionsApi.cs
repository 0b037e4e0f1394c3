using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Accounts;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;
using NewsReader.Web.Reviewing;
using NewsReader.Web.Tagging;

namespace NewsReader.Web.Api;

/// <summary>
/// Suggestions: read by anyone (they are not annotations and count nowhere until accepted); reviewed by
/// signed-in users (cookie + antiforgery, or a bearer token).
/// </summary>
public static class SuggestionsApi
{
    public static IEndpointRouteBuilder MapSuggestionsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/articles/{slug}/suggestions", ListAsync);
        app.MapGet("/api/suggestions", QueueAsync);

        var writes = app.MapGroup("/api").RequireAuthorization().AddEndpointFilter<ApiAntiforgery>();
        writes.MapPost("/suggestions/{id:int}/accept", AcceptAsync);
        writes.MapPost("/suggestions/{id:int}/reject", RejectAsync);
        writes.MapPost("/articles/{slug}/suggestions/accept", AcceptAllAsync);
        return app;
    }

    private static async Task<IResult> ListAsync(string slug, NewsReaderDbContext db, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().Where(a => a.Slug == slug).Select(a => new { a.Id }).SingleOrDefaultAsync(cancellationToken);
        return article is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Article not found", detail: $"No article has the slug '{slug}'.")
            : TypedResults.Ok(await SuggestionQueries.ForArticleAsync(db, article.Id, cancellationToken));
    }

    private static async Task<IResult> QueueAsync(NewsReaderDbContext db, CancellationToken cancellationToken, int page = 1, int pageSize = SuggestionQueries.DefaultPageSize, string? kind = null, double minConfidence = 0)
    {
        AnnotationKind? parsed = kind?.Trim().ToLowerInvariant() switch
        {
            null or "" => null,
            "quote" => AnnotationKind.Quote,
            "person" => AnnotationKind.Person,
            _ => AnnotationKind.Topic, // never suggested: reported below
        };
        var errors = new Dictionary<string, string[]>();
        if (page < 1 || pageSize < 1 || pageSize > SuggestionQueries.MaxPageSize)
        {
            errors["page"] = [$"page must be 1 or more and pageSize between 1 and {SuggestionQueries.MaxPageSize} (got page={page}, pageSize={pageSize})."];
        }

        if (parsed == AnnotationKind.Topic)
        {
            errors["kind"] = ["kind is \"quote\" or \"person\"."];
        }

        if (!double.IsFinite(minConfidence) || minConfidence < 0 || minConfidence > 1)
        {
            errors["minConfidence"] = ["minConfidence is a number from 0 to 1."];
        }

        return errors.Count > 0
            ? TypedResults.ValidationProblem(errors, detail: string.Join(" ", errors.SelectMany(e => e.Value)))
            : TypedResults.Ok(await SuggestionQueries.QueueAsync(db, page, pageSize, parsed, minConfidence, cancellationToken));
    }

    private static async Task<IResult> AcceptAsync(
        int id,
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] SuggestionCorrections? corrections,
        SuggestionReview review,
        ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var result = await review.AcceptAsync(id, corrections, user.ToActor(), cancellationToken);
        return result.Status == TaggingStatus.Ok
            ? TypedResults.Created($"/api/annotations/{result.Value!.Id}", result.Value)
            : AnnotationsApi.ToProblem(result);
    }

    private static async Task<IResult> RejectAsync(int id, SuggestionReview review, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var result = await review.RejectAsync(id, user.ToActor(), cancellationToken);
        return result.Status == TaggingStatus.Ok ? TypedResults.NoContent() : AnnotationsApi.ToProblem(result);
    }

    private static async Task<IResult> AcceptAllAsync(string slug, double minConfidence, SuggestionReview review, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var result = await review.AcceptAllAsync(slug, minConfidence, user.ToActor(), cancellationToken);
        return result.Status == TaggingStatus.Ok ? TypedResults.Ok(result.Value) : AnnotationsApi.ToProblem(result);
    }
}
