using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Accounts;
using NewsReader.Web.Data;
using NewsReader.Web.Tagging;

namespace NewsReader.Web.Api;

/// <summary>Annotations: read by anyone, written by signed-in users (cookie + antiforgery, or a bearer token).</summary>
public static class AnnotationsApi
{
    private static readonly HashSet<string> ChangeableFields = ["note", "kind", "person", "topic"];

    public static IEndpointRouteBuilder MapAnnotationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/articles/{slug}/annotations", ListAsync);
        app.MapGet("/api/annotations/{id:int}/history", HistoryAsync);

        var writes = app.MapGroup("/api").RequireAuthorization().AddEndpointFilter<ApiAntiforgery>().AddEndpointFilter(NameTheChangeAsync);
        writes.MapPost("/articles/{slug}/annotations", CreateAsync);
        writes.MapPatch("/annotations/{id:int}", UpdateAsync);
        writes.MapDelete("/annotations/{id:int}", DeleteAsync);
        writes.MapPost("/annotations/{id:int}/restore", RestoreAsync);
        writes.MapPost("/annotations/{id:int}/reattach", ReattachAsync);
        writes.MapPost("/annotation-events/{eventId:long}/undo", UndoAsync);
        return app;
    }

    /// <summary>The header that names a write's history event, so a client can offer to undo exactly that change.</summary>
    public const string EventHeader = "X-Annotation-Event";

    private static async ValueTask<object?> NameTheChangeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        if (context.HttpContext.RequestServices.GetRequiredService<AnnotationService>().LastEventId is long id)
        {
            context.HttpContext.Response.Headers[EventHeader] = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return result;
    }

    private static async Task<IResult> UndoAsync(long eventId, AnnotationUndo undo, HttpContext http, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var result = await undo.UndoAsync(eventId, user.ToActor(), cancellationToken);
        if (result.Status != TaggingStatus.Ok)
        {
            return ToProblem(result);
        }

        http.Response.Headers[EventHeader] = result.Value!.EventId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Ok(result.Value);
    }

    private static async Task<IResult> ListAsync(string slug, HttpContext http, NewsReaderDbContext db, CancellationToken cancellationToken)
    {
        if (ExportApi.WantsJsonLd(http.Request))
        {
            return await ExportApi.WriteAsync(http, db, new Exchange.ExportScope(ArticleSlug: slug));
        }

        http.Response.Headers.Vary = Microsoft.Net.Http.Headers.HeaderNames.Accept;
        var article = await db.Articles.AsNoTracking().Where(a => a.Slug == slug).Select(a => new { a.Id }).SingleOrDefaultAsync(cancellationToken);
        return article is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Article not found", detail: $"No article has the slug '{slug}'.")
            : TypedResults.Ok(await AnnotationQueries.ForArticleAsync(db, article.Id, cancellationToken));
    }

    private static async Task<IResult> CreateAsync(string slug, NewAnnotation input, AnnotationService annotations, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var result = await annotations.CreateAsync(slug, input, user.ToActor(), cancellationToken);
        return result.Status == TaggingStatus.Ok
            ? TypedResults.Created($"/api/annotations/{result.Value!.Id}", result.Value)
            : ToProblem(result);
    }

    private static async Task<IResult> UpdateAsync(int id, JsonElement body, AnnotationService annotations, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return Invalid("body", "Send a JSON object of the fields to change, e.g. { \"note\": \"...\" }.");
        }

        var unknown = body.EnumerateObject().Select(p => p.Name).Where(n => !ChangeableFields.Contains(n)).ToList();
        if (unknown.Count > 0)
        {
            return Invalid(unknown[0], $"Only note, kind, person and topic can be changed (got {string.Join(", ", unknown)}). To move an annotation, delete it and create it again.");
        }

        AnnotationChanges changes;
        try
        {
            changes = new AnnotationChanges(
                Text(body, "kind"),
                Reference(body, "person"),
                Reference(body, "topic"),
                body.TryGetProperty("note", out _),
                Text(body, "note"));
        }
        catch (InvalidOperationException ex)
        {
            return Invalid("body", ex.Message);
        }

        var result = await annotations.UpdateAsync(id, changes, user.ToActor(), cancellationToken);
        return result.Status == TaggingStatus.Ok ? TypedResults.Ok(result.Value) : ToProblem(result);
    }

    private static async Task<IResult> DeleteAsync(int id, AnnotationService annotations, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var result = await annotations.DeleteAsync(id, user.ToActor(), cancellationToken);
        return result.Status == TaggingStatus.Ok ? TypedResults.NoContent() : ToProblem(result);
    }

    private static async Task<IResult> RestoreAsync(int id, AnnotationService annotations, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var result = await annotations.RestoreAsync(id, user.ToActor(), cancellationToken);
        return result.Status == TaggingStatus.Ok ? TypedResults.Ok(result.Value) : ToProblem(result);
    }

    private static async Task<IResult> ReattachAsync(int id, NewPlace place, AnnotationService annotations, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var result = await annotations.ReattachAsync(id, place, user.ToActor(), cancellationToken);
        return result.Status == TaggingStatus.Ok ? TypedResults.Ok(result.Value) : ToProblem(result);
    }

    private static async Task<IResult> HistoryAsync(int id, NewsReaderDbContext db, CancellationToken cancellationToken)
    {
        var history = await AnnotationHistory.ForAnnotationAsync(db, id, cancellationToken);
        return history is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No annotation has the id {id}.")
            : TypedResults.Ok(history);
    }

    public static IResult ToProblem<T>(TaggingResult<T> result) => result.Status switch
    {
        TaggingStatus.NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: result.Message),
        TaggingStatus.Forbidden => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: result.Message),
        TaggingStatus.Conflict => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: result.Message),
        _ => TypedResults.ValidationProblem(result.Errors.ToDictionary(), title: "The annotation is not valid", detail: string.Join(" ", result.Errors.SelectMany(e => e.Value))),
    };

    private static IResult Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, detail: message);

    private static string? Text(JsonElement body, string name) => body.TryGetProperty(name, out var value) ? value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null => null,
        _ => throw new InvalidOperationException($"{name} must be a string."),
    } : null;

    private static NameRef? Reference(JsonElement body, string name)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException($"{name} must be an object: {{ \"slug\": \"...\" }} or {{ \"name\": \"...\" }}.");
        }

        return new NameRef(Text(value, "slug"), Text(value, "name"));
    }
}
