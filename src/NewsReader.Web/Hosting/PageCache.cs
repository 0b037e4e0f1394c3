using System.Data.Common;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Data.Sqlite;
using NewsReader.Web.Data;
using Npgsql;

namespace NewsReader.Web.Hosting;

/// <summary>
/// The output-cache policy for the reading pages anonymous readers get (articles, people, topics, their
/// lists, search), and the ways to drop them all: at once when this process changes anything they show
/// (<see cref="ReadingChangedAsync"/>), and when another process (an <c>ingest</c> run that re-anchors
/// annotations, another instance) commits to the database. Every write drops every page: pages show
/// counts and names from across the corpus, so exact invalidation by page would miss some, and writes are
/// rare beside reads.
/// </summary>
public sealed class PageCache(IServiceProvider services, DatabaseTarget target) : IDisposable
{
    public const string Reading = "reading";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _generation;
    private DbConnection? _probe;
    private string? _seen;
    private long _notices;
    private long _connections;

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
    /// Before a cached page is served: has anyone committed a change since the last look? On SQLite,
    /// <c>data_version</c>, read on a connection of its own, changes whenever any other connection commits (this
    /// process's or another's). On PostgreSQL every statement that writes to a table pages show sends a notice
    /// on commit (<c>newsreader_changed</c>, see the PostgresInitial migration), and this instance listens on a
    /// connection of its own: one empty round trip on it brings every notice committed before the request began.
    /// Either is one cheap statement a request, where keying the cache on the article's version cost a query and
    /// most of the cache's gain. A failed look drops the caches and reconnects next time.
    /// </summary>
    public async Task FollowOtherWritersAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        string? version;
        try
        {
            version = await ReadVersionAsync(cancellationToken);
        }
        catch (DbException)
        {
            _probe?.Dispose();
            _probe = null;
            version = null;
        }
        finally
        {
            _gate.Release();
        }

        var seen = Interlocked.Exchange(ref _seen, version);
        if (version is null || !string.Equals(seen, version, StringComparison.Ordinal))
        {
            await ReadingChangedAsync(cancellationToken);
        }
    }

    private async Task<string?> ReadVersionAsync(CancellationToken cancellationToken)
    {
        if (target.IsSqlite)
        {
            if (_probe is null)
            {
                _probe = new SqliteConnection(target.ConnectionString);
                await _probe.OpenAsync(cancellationToken);
            }

            await using var command = _probe.CreateCommand();
            command.CommandText = "PRAGMA data_version";
            return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }

        if (_probe is null)
        {
            var listener = new NpgsqlConnection(target.ConnectionString);
            listener.Notification += (_, _) => Interlocked.Increment(ref _notices);
            await listener.OpenAsync(cancellationToken);
            await using var listen = listener.CreateCommand();
            listen.CommandText = $"LISTEN {Data.Migrations.Postgres.PostgresSearchAndTallies.ChangeChannel}";
            await listen.ExecuteNonQueryAsync(cancellationToken);
            _probe = listener;
            _connections++; // notices sent while no one listened are lost: a new connection is a new version
        }

        await using (var roundTrip = _probe.CreateCommand())
        {
            roundTrip.CommandText = "SELECT 1";
            await roundTrip.ExecuteScalarAsync(cancellationToken);
        }

        return $"{_connections}:{Interlocked.Read(ref _notices)}";
    }

    public void Dispose()
    {
        _probe?.Dispose();
        _gate.Dispose();
    }
}
