using NewsReader.Web.Search;

namespace NewsReader.Web.Api;

/// <summary>Ranked candidates for the person and topic pickers: <c>/api/people?q=</c>, <c>/api/topics?q=</c>.</summary>
public static class NamesApi
{
    public const int MaxResults = 10;

    public sealed record Candidate(string Slug, string Name, IReadOnlyList<string> Aliases);

    public static IEndpointRouteBuilder MapNamesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/people", PeopleAsync);
        app.MapGet("/api/topics", TopicsAsync);
        return app;
    }

    private static async Task<List<Candidate>> PeopleAsync(NameCandidateCache names, CancellationToken cancellationToken, string? q = null) =>
        Rank(q, await names.PeopleAsync(cancellationToken));

    private static async Task<List<Candidate>> TopicsAsync(NameCandidateCache names, CancellationToken cancellationToken, string? q = null) =>
        Rank(q, await names.TopicsAsync(cancellationToken));

    // No query lists the most tagged names, so a picker opened empty still offers the likeliest.
    private static List<Candidate> Rank(string? query, IReadOnlyList<PreparedName> candidates) =>
        (string.IsNullOrWhiteSpace(query)
            ? candidates.Select(c => c.Candidate).OrderByDescending(c => c.Tagged).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase).Take(MaxResults)
            : NameRanker.Rank(query, candidates, MaxResults).Select(r => r.Candidate))
        .Select(c => new Candidate(c.Slug, c.Name, c.Aliases))
        .ToList();
}
