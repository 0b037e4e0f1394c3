using System.Security.Claims;
using System.Text.Json;
using NewsReader.Web.Accounts;
using NewsReader.Web.Domain;
using NewsReader.Web.Tagging;

namespace NewsReader.Web.Api;

/// <summary>Admins rename, re-alias, describe and merge people and topics.</summary>
public static class NamesAdminApi
{
    public sealed record PersonView(string Slug, string Name, IReadOnlyList<string> Aliases, string? Description);

    public sealed record TopicView(string Slug, string Name, string? Description);

    public sealed record MergeRequest(string? Into);

    public static IEndpointRouteBuilder MapNamesAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api").RequireAuthorization().AddEndpointFilter<ApiAntiforgery>();
        admin.MapPatch("/people/{slug}", EditPersonAsync);
        admin.MapPost("/people/{slug}/merge", MergePeopleAsync);
        admin.MapPatch("/topics/{slug}", EditTopicAsync);
        admin.MapPost("/topics/{slug}/merge", MergeTopicsAsync);
        return app;
    }

    private static async Task<IResult> EditPersonAsync(string slug, JsonElement body, NameAdministration names, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["Send a JSON object: { \"name\", \"aliases\", \"description\" }."] });
        }

        IReadOnlyList<string>? aliases = body.TryGetProperty("aliases", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!).ToList()
            : null;
        var changes = new NameAdministration.PersonChanges(
            String(body, "name"), aliases, body.TryGetProperty("description", out _), String(body, "description"));
        var result = await names.EditPersonAsync(slug, changes, user.ToActor(), cancellationToken);
        return result.Status == TaggingStatus.Ok ? TypedResults.Ok(View(result.Value!)) : AnnotationsApi.ToProblem(result);
    }

    private static async Task<IResult> MergePeopleAsync(string slug, MergeRequest request, NameAdministration names, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Into))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["into"] = ["into: the slug of the person to merge into."] });
        }

        var result = await names.MergePeopleAsync(slug, request.Into, user.ToActor(), cancellationToken);
        return result.Status == TaggingStatus.Ok ? TypedResults.Ok(View(result.Value!)) : AnnotationsApi.ToProblem(result);
    }

    private static async Task<IResult> EditTopicAsync(string slug, JsonElement body, NameAdministration names, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["Send a JSON object: { \"name\", \"description\" }."] });
        }

        var result = await names.EditTopicAsync(slug, String(body, "name"), body.TryGetProperty("description", out _), String(body, "description"), user.ToActor(), cancellationToken);
        return result.Status == TaggingStatus.Ok ? TypedResults.Ok(new TopicView(result.Value!.Slug, result.Value.Name, result.Value.Description)) : AnnotationsApi.ToProblem(result);
    }

    private static async Task<IResult> MergeTopicsAsync(string slug, MergeRequest request, NameAdministration names, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Into))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["into"] = ["into: the slug of the topic to merge into."] });
        }

        var result = await names.MergeTopicsAsync(slug, request.Into, user.ToActor(), cancellationToken);
        return result.Status == TaggingStatus.Ok ? TypedResults.Ok(new TopicView(result.Value!.Slug, result.Value.Name, result.Value.Description)) : AnnotationsApi.ToProblem(result);
    }

    public static PersonView View(Person person) =>
        new(person.Slug, person.Name, person.Aliases.Select(a => a.Name).OrderBy(a => a, StringComparer.OrdinalIgnoreCase).ToList(), person.Description);

    private static string? String(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
