using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;
using NewsReader.Web.Hosting;

namespace NewsReader.Web.Search;

/// <summary>
/// People and topics as ranked candidates, with their keys computed and how often each is tagged, kept in
/// memory until anything changes (<see cref="PageCache.Generation"/> moves on every write, in this process
/// or, through SQLite's data_version, another). The type-ahead and search rank a list they already hold:
/// loading and normalizing 2,000 names a keystroke cost more than ranking them.
/// </summary>
public sealed class NameCandidateCache(IDbContextFactory<NewsReaderDbContext> contexts, PageCache pages)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Snapshot? _current;

    public async Task<IReadOnlyList<PreparedName>> PeopleAsync(CancellationToken cancellationToken) =>
        (await CurrentAsync(cancellationToken)).People;

    public async Task<IReadOnlyList<PreparedName>> TopicsAsync(CancellationToken cancellationToken) =>
        (await CurrentAsync(cancellationToken)).Topics;

    /// <summary>Each person's quotes and tagged articles, by person id (the people list sorts and pages these in memory).</summary>
    public async Task<IReadOnlyDictionary<int, PersonCounts>> PersonCountsAsync(CancellationToken cancellationToken) =>
        (await CurrentAsync(cancellationToken)).Counts;

    private async Task<Snapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        var generation = pages.Generation;
        if (_current is { } current && current.Generation == generation)
        {
            return current;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            generation = pages.Generation; // read before loading: a write during the load makes the next caller load again
            if (_current is { } loaded && loaded.Generation == generation)
            {
                return loaded;
            }

            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var counts = await db.Annotations.AsNoTracking().Where(a => a.PersonId != null)
                .GroupBy(a => a.PersonId!.Value)
                .Select(g => new { Id = g.Key, Tagged = g.Count(), Quotes = g.Count(a => a.Kind == AnnotationKind.Quote), Articles = g.Select(a => a.ArticleId).Distinct().Count() })
                .ToDictionaryAsync(g => g.Id, g => new PersonCounts(g.Tagged, g.Quotes, g.Articles), cancellationToken);
            var topicCounts = await db.Annotations.AsNoTracking().Where(a => a.TopicId != null)
                .GroupBy(a => a.TopicId!.Value).Select(g => new { Id = g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Id, g => g.Count, cancellationToken);
            var people = await NameCandidates.People(db).ToListAsync(cancellationToken);
            var topics = await NameCandidates.Topics(db).ToListAsync(cancellationToken);
            _current = new Snapshot(
                generation,
                [.. people.Select(p => PreparedName.For(p with { Tagged = counts.GetValueOrDefault(p.Id)?.Tagged ?? 0 }))],
                [.. topics.Select(t => PreparedName.For(t with { Tagged = topicCounts.GetValueOrDefault(t.Id) }))],
                counts);
            return _current;
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed record Snapshot(long Generation, IReadOnlyList<PreparedName> People, IReadOnlyList<PreparedName> Topics, IReadOnlyDictionary<int, PersonCounts> Counts);
}

/// <summary>A person's annotations (quotes and mentions), quotes, and distinct articles tagged with them.</summary>
public sealed record PersonCounts(int Tagged, int Quotes, int Articles);
