using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
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

    private static async Task<List<Candidate>> PeopleAsync(NewsReaderDbContext db, CancellationToken cancellationToken, string? q = null)
    {
        var people = await NameCandidates.People(db).ToListAsync(cancellationToken);
        return Rank(q, people);
    }

    private static async Task<List<Candidate>> TopicsAsync(NewsReaderDbContext db, CancellationToken cancellationToken, string? q = null)
    {
        var topics = await NameCandidates.Topics(db).ToListAsync(cancellationToken);
        return Rank(q, topics);
    }

    // No query lists names alphabetically, so a picker opened empty still offers something.
    private static List<Candidate> Rank(string? query, List<NameCandidate> candidates) =>
        (string.IsNullOrWhiteSpace(query)
            ? candidates.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).Take(MaxResults)
            : NameRanker.Rank(query, candidates, MaxResults).Select(r => r.Candidate))
        .Select(c => new Candidate(c.Slug, c.Name, c.Aliases))
        .ToList();
}
