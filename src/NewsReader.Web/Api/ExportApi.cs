using Microsoft.Net.Http.Headers;
using NewsReader.Web.Data;
using NewsReader.Web.Exchange;

namespace NewsReader.Web.Api;

/// <summary>
/// Annotations as W3C Web Annotation JSON-LD, streamed: the whole corpus (<c>/api/annotations</c>), a person's
/// (every quote they said and mention of them), a topic's, and an article's (its JSON list answers
/// <c>Accept: application/ld+json</c> with this too). Reads are open to everyone, as the pages are. IRIs start with
/// the <c>PublicUrl</c> setting, else the address the request came to.
/// </summary>
public static class ExportApi
{
    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/annotations", (HttpContext http, NewsReaderDbContext db) => WriteAsync(http, db, ExportScope.Corpus));
        app.MapGet("/api/people/{slug}/annotations", (string slug, HttpContext http, NewsReaderDbContext db) => WriteAsync(http, db, new ExportScope(PersonSlug: slug)));
        app.MapGet("/api/topics/{slug}/annotations", (string slug, HttpContext http, NewsReaderDbContext db) => WriteAsync(http, db, new ExportScope(TopicSlug: slug)));
        return app;
    }

    /// <summary>
    /// Whether the request asks for JSON-LD, by its Accept header or, for a plain link, <c>?format=jsonld</c> (an
    /// article's annotations are a plain JSON list otherwise).
    /// </summary>
    public static bool WantsJsonLd(HttpRequest request) =>
        string.Equals(request.Query["format"], "jsonld", StringComparison.OrdinalIgnoreCase)
        || MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
        && accepted.Any(type => type.MediaType.Equals(WebAnnotationWriter.MediaType, StringComparison.OrdinalIgnoreCase) && type.Quality is not 0);

    public static async Task<IResult> WriteAsync(HttpContext http, NewsReaderDbContext db, ExportScope scope)
    {
        var export = new AnnotationExport(db);
        var total = await export.CountAsync(scope, http.RequestAborted);
        if (total is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no {scope.Describe()}.");
        }

        var configured = http.RequestServices.GetRequiredService<IConfiguration>()["PublicUrl"];
        var site = string.IsNullOrWhiteSpace(configured) ? $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}" : configured;
        http.Response.ContentType = WebAnnotationWriter.ContentType;
        http.Response.Headers.Vary = HeaderNames.Accept;
        http.Response.Headers.ContentDisposition = $"inline; filename=\"{ExportPaths.FileName(scope, "jsonld")}\"";
        await WebAnnotationWriter.WriteCollectionAsync(http.Response.Body, site, ExportPaths.CollectionPath(scope), ExportPaths.Label(scope), total.Value,
            export.ReadAsync(scope, http.RequestAborted), http.RequestAborted);
        return TypedResults.Empty;
    }
}
