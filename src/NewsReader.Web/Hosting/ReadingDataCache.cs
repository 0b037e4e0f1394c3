using Microsoft.Extensions.Caching.Memory;

namespace NewsReader.Web.Hosting;

/// <summary>
/// What reading pages show of the corpus, kept for as long as nothing changes and shared by every reader:
/// signed-in readers' pages are not output-cached (they carry forms and tokens of their own), but the
/// person, the article and its suggestions they show are the same for all of them. Entries are keyed by
/// <see cref="PageCache.Generation"/>, which every write moves on (in this process or, through the
/// database's change counter, in another), so data is never served after a change; old generations'
/// entries are never asked for again and age out. Bounded by an estimate of their size
/// (<see cref="SizeLimitKiB"/>), each kept a minute at most. Requests that miss the same entry at once load it once
/// (<see cref="SingleFlight{TKey}"/>).
/// </summary>
public sealed class ReadingDataCache : IDisposable
{
    /// <summary>About 16 MB of strings (an estimate: characters, not the objects around them): a few hundred pages.</summary>
    public const long SizeLimitKiB = 16 * 1024;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = SizeLimitKiB, CompactionPercentage = 0.25 });
    private readonly SingleFlight<(long, Type, object)> _loads = new();

    /// <summary>
    /// The data kept under <paramref name="key"/> in this generation, or what <paramref name="load"/> finds
    /// (null, for something that does not exist, is not kept). <paramref name="characters"/> estimates its size.
    /// </summary>
    public async Task<T?> GetOrAddAsync<T>(long generation, object key, Func<Task<T?>> load, Func<T, long> characters)
        where T : class
    {
        var entry = (generation, typeof(T), key);
        if (_cache.TryGetValue(entry, out T? found) && found is not null)
        {
            return found;
        }

        return await _loads.RunAsync(entry, async () =>
        {
            var data = await load();
            if (data is not null)
            {
                var kib = Math.Max(1, characters(data) * sizeof(char) / 1024);
                _cache.Set(entry, data, new MemoryCacheEntryOptions { Size = kib, AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1) });
            }

            return data;
        });
    }

    public void Dispose() => _cache.Dispose();
}
