using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Data.Sqlite;

namespace NewsReader.Web.Hosting;

/// <summary>
/// The output-cache policy for the reading pages anonymous readers get (articles, people, topics, their
/// lists, search), and the ways to drop them all: at once when this process changes anything they show
/// (<see cref="ReadingChangedAsync"/>), and when another process (an <c>ingest</c> run that re-anchors
/// annotations, another instance) commits to the database. Every write drops every page: pages show
/// counts and names from across the corpus, so exact invalidation by page would miss some, and writes are
/// rare beside reads.
/// </summary>
public sealed class PageCache(IServiceProvider services, IConfiguration configuration, AppPaths paths) : IDisposable
{
    public const string Reading = "reading";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _generation;
    private SqliteConnection? _probe;
    private long _seen = -1;

    /// <summary>
    /// Moves on whenever what reading pages show may have changed: every <see cref="ReadingChangedAsync"/>.
    /// Caches of data rather than pages (names for the type-ahead, search results) key on it.
    /// </summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Drops every cached reading page. A no-op where no cache is registered (command-line hosts).</summary>
    public async Task ReadingChangedAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _generation);
        if (services.GetService<IOutputCacheStore>() is { } store)
        {
            await store.EvictByTagAsync(Reading, cancellationToken);
        }
    }

    /// <summary>
    /// Before a cached page is served: SQLite's <c>data_version</c>, read on a connection of its own,
    /// changes whenever any other connection commits (this process's or another's). A few microseconds
    /// a request, where keying the cache on the article's version cost a query and most of the cache's gain.
    /// </summary>
    public async Task FollowOtherWritersAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        long version;
        try
        {
            if (_probe is null)
            {
                _probe = new SqliteConnection(DataSetup.ResolveConnectionString(configuration.GetConnectionString("Default") ?? DataSetup.DefaultConnectionString, paths));
                _probe.Open();
            }

            using var command = _probe.CreateCommand();
            command.CommandText = "PRAGMA data_version";
            version = (long)command.ExecuteScalar()!;
        }
        finally
        {
            _gate.Release();
        }

        if (Interlocked.Exchange(ref _seen, version) != version)
        {
            await ReadingChangedAsync(cancellationToken);
        }
    }

    public void Dispose()
    {
        _probe?.Dispose();
        _gate.Dispose();
    }
}
