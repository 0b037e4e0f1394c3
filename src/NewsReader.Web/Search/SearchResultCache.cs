using Microsoft.Extensions.Caching.Memory;

namespace NewsReader.Web.Search;

/// <summary>
/// Recent search results, for as long as nothing changes: entries are keyed by
/// <see cref="Hosting.PageCache.Generation"/>, which every write moves on, so a result is never served
/// after a change (entries of old generations are simply never asked for again and age out). At most
/// <see cref="Entries"/> results, each kept a minute; the same search asked at once is run once (<see cref="Hosting.SingleFlight{TKey}"/>).
/// </summary>
public sealed class SearchResultCache : IDisposable
{
    public const int Entries = 500;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Entries });
    private readonly Hosting.SingleFlight<(long, string, int)> _finds = new();

    public async Task<SearchService.Results> GetOrAddAsync(long generation, string query, int page, Func<Task<SearchService.Results>> find)
    {
        var key = (generation, query, page);
        if (_cache.TryGetValue(key, out SearchService.Results? found) && found is not null)
        {
            return found;
        }

        return await _finds.RunAsync(key, async () =>
        {
            var results = await find();
            _cache.Set(key, results, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1) });
            return results;
        });
    }

    public void Dispose() => _cache.Dispose();
}
