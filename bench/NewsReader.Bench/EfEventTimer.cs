using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NewsReader.Bench;

/// <summary>
/// Sums the durations EF Core reports through its DiagnosticListener: per distinct SQL command, and
/// per connection, transaction and data-reader event. The listener is process-wide, so the app's
/// DbContext needs no change to be measured. Create it before the services: EF caches for a while
/// whether anyone listens, and events raised meanwhile would be missed.
/// </summary>
internal sealed class EfEventTimer : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly Dictionary<string, (int Count, TimeSpan Total)> _commands = [];
    private readonly Dictionary<string, (int Count, TimeSpan Total)> _events = [];
    private readonly List<IDisposable> _subscriptions = [];
    private long _saveChangesStarted;

    public EfEventTimer()
    {
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    /// <summary>SQL text with execution count and time (for a query, until its reader is returned), slowest first.</summary>
    public IReadOnlyList<(string Name, int Count, TimeSpan Total)> Commands => Sorted(_commands);

    /// <summary>Connection, transaction and reader lifetimes (readers include materialising rows), and whole SaveChanges calls.</summary>
    public IReadOnlyList<(string Name, int Count, TimeSpan Total)> Events => Sorted(_events);

    /// <summary>Forgets what was recorded so far, e.g. the migrations run before the part being measured.</summary>
    public void Reset()
    {
        _commands.Clear();
        _events.Clear();
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            _subscriptions.Add(value.Subscribe(this));
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        // SaveChanges reports no duration of its own: take it from its start and end events.
        if (value.Value is DbContextEventData && value.Key.EndsWith(".SaveChangesStarting", StringComparison.Ordinal))
        {
            _saveChangesStarted = Stopwatch.GetTimestamp();
            return;
        }

        if (value.Value is DbContextEventData && value.Key.EndsWith(".SaveChangesCompleted", StringComparison.Ordinal))
        {
            Add(_events, "SaveChanges (whole call)", Stopwatch.GetElapsedTime(_saveChangesStarted));
            return;
        }

        switch (value.Value)
        {
            case CommandExecutedEventData executed:
                Add(_commands, executed.Command.CommandText, executed.Duration);
                break;
            case ConnectionEndEventData or TransactionEndEventData or DataReaderDisposingEventData:
                var duration = value.Value switch
                {
                    ConnectionEndEventData c => c.Duration,
                    TransactionEndEventData t => t.Duration,
                    DataReaderDisposingEventData d => d.Duration,
                    _ => TimeSpan.Zero,
                };
                Add(_events, value.Key[(value.Key.LastIndexOf('.') + 1)..], duration);
                break;
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }
    }

    private static void Add(Dictionary<string, (int Count, TimeSpan Total)> sums, string key, TimeSpan duration) =>
        sums[key] = sums.TryGetValue(key, out var sum) ? (sum.Count + 1, sum.Total + duration) : (1, duration);

    private static List<(string Name, int Count, TimeSpan Total)> Sorted(Dictionary<string, (int Count, TimeSpan Total)> sums) =>
        [.. sums.Select(kv => (kv.Key, kv.Value.Count, kv.Value.Total)).OrderByDescending(c => c.Total)];
}
