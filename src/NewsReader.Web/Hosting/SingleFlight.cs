using System.Collections.Concurrent;

namespace NewsReader.Web.Hosting;

/// <summary>
/// Loads of one key at the same time run once: the first request loads, the others arriving meanwhile await its
/// result. Without it, when a kept entry expired under load every request in flight loaded it again at once (at
/// 100,000 articles on PostgreSQL, eight loads of Tony Blair's page data took a second together where one takes
/// 200 ms). A waiter whose leader's load fails (an error, the leader's request aborted) loads for itself.
/// </summary>
public sealed class SingleFlight<TKey>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Task<object?>> _running = new();

    public async Task<T> RunAsync<T>(TKey key, Func<Task<T>> load)
    {
        var mine = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = _running.GetOrAdd(key, mine.Task);
        if (running != mine.Task)
        {
            try
            {
                return (T)(await running)!;
            }
            catch (Exception)
            {
                return await load();
            }
        }

        try
        {
            var value = await load();
            mine.SetResult(value);
            return value;
        }
        catch (Exception ex)
        {
            mine.SetException(ex);
            _ = mine.Task.Exception; // observed here: waiters, if any, load for themselves
            throw;
        }
        finally
        {
            _running.TryRemove(KeyValuePair.Create(key, mine.Task));
        }
    }
}
