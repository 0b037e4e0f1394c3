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

    private readonly Lock _looks = new();
    private readonly Lock _versions = new();
    private TaskCompletionSource<string?>? _running;
    private TaskCompletionSource<string?>? _following;
    private long _generation;
    private GenerationKey _generationText = new(0, "0");
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
    public Task ReadingChangedAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _generation);
        return EvictAsync(cancellationToken);
    }

    // Cached pages are keyed on the generation (see VaryByGeneration), so a page rendered before a change, even one
    // stored after it, is never served after it; evicting frees their memory.
    private async Task EvictAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<IOutputCacheStore>() is { } store)
        {
            await store.EvictByTagAsync(Reading, cancellationToken);
        }
    }

    /// <summary>
    /// The output cache's key part for reading pages: the generation the request was looked up under. A render
    /// that began before a change stores its page under the old generation, where no later request looks.
    /// </summary>
    public static KeyValuePair<string, string> VaryByGeneration(HttpContext context) =>
        new("generation", context.RequestServices.GetRequiredService<PageCache>().GenerationText());

    private sealed record GenerationKey(long Generation, string Text);

    // The generation as text, made once per generation rather than once per request.
    private string GenerationText()
    {
        var generation = Generation;
        var known = _generationText;
        if (known.Generation != generation)
        {
            known = new GenerationKey(generation, generation.ToString(System.Globalization.CultureInfo.InvariantCulture));
            _generationText = known; // a reference: read and written whole
        }

        return known.Text;
    }

    /// <summary>
    /// Before a cached page is served: has anyone committed a change since the last look? On SQLite,
    /// <c>data_version</c>, read on a connection of its own, changes whenever any other connection commits (this
    /// process's or another's). On PostgreSQL every statement that writes to a table pages show sends a notice
    /// on commit (<c>newsreader_changed</c>, see <see cref="Data.Migrations.Postgres.PostgresSearchAndTallies"/>),
    /// and this instance listens on a connection of its own: one empty round trip on it brings every notice
    /// committed before the round trip began. Either is one cheap statement, where keying the cache on the
    /// article's version cost a query and most of the cache's gain. Requests share looks: one that arrives while a
    /// look is under way waits for the next one, which starts after it arrived (so it still sees every commit made
    /// before it), together with every other request that arrived meanwhile; under load one round trip answers
    /// many requests. A failed look drops the caches and reconnects next time.
    /// </summary>
    public async Task FollowOtherWritersAsync(CancellationToken cancellationToken)
    {
        var version = await NextLookAsync().WaitAsync(cancellationToken);
        bool changed;
        lock (_versions)
        {
            // The version and the generation move together: a request that finds the version already seen
            // also finds the generation already moved, so it cannot be served a page kept before the change.
            changed = version is null || !string.Equals(_seen, version, StringComparison.Ordinal);
            if (changed)
            {
                _seen = version;
                Interlocked.Increment(ref _generation);
            }
        }

        if (changed)
        {
            await EvictAsync(cancellationToken);
        }
    }

    // The look this request may use: a new one if none is running, else the one that will start when the running
    // one ends (a running look may have begun before this request did).
    private Task<string?> NextLookAsync()
    {
        TaskCompletionSource<string?> look;
        lock (_looks)
        {
            if (_running is not null)
            {
                _following ??= new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
                return _following.Task;
            }

            _running = look = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        _ = LookWhileAskedAsync(look);
        return look.Task;
    }

    // Runs looks one after another on the probe connection while requests keep asking for a next one.
    private async Task LookWhileAskedAsync(TaskCompletionSource<string?> look)
    {
        while (true)
        {
            string? version;
            try
            {
                version = await ReadVersionAsync(CancellationToken.None);
            }
            catch (Exception)
            {
                // Whatever failed (the database away, the connection broken or disposed), the look must end, or
                // every request waiting on it would hang: no version, so the caches are dropped.
                _probe?.Dispose();
                _probe = null;
                version = null;
            }

            look.SetResult(version);
            lock (_looks)
            {
                if (_following is null)
                {
                    _running = null;
                    return;
                }

                _running = look = _following;
                _following = null;
            }
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
    }
}
