using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace NewsReader.LoadBench;

/// <summary>What one run saw: every request's sample, the phase lengths, and what the responses said.</summary>
internal sealed record LoadResult(IReadOnlyList<Sample> Samples, double WriteSeconds, double ReadSeconds, Findings Findings);

/// <summary>Things worth reporting in responses, collected from all tasks at once.</summary>
internal sealed class Findings
{
    private const int Examples = 5;
    private int _lockedBodies;

    public ConcurrentBag<int> CreatedIds { get; } = [];

    public ConcurrentQueue<string> ServerErrors { get; } = new();

    public ConcurrentDictionary<string, int> Exceptions { get; } = new();

    /// <summary>Responses whose body says "database is locked" (SQLite's SQLITE_BUSY text).</summary>
    public int LockedBodies => _lockedBodies;

    public void Inspect(RequestKind kind, HttpResponseMessage response, string body)
    {
        if (body.Contains("database is locked", StringComparison.OrdinalIgnoreCase))
        {
            Interlocked.Increment(ref _lockedBodies);
        }

        var status = (int)response.StatusCode;
        if (status >= 500 && ServerErrors.Count < Examples)
        {
            ServerErrors.Enqueue($"{kind} {status}: {(body.Length > 300 ? body[..300] : body)}");
        }

        var location = response.Headers.Location?.OriginalString;
        if (status == 201 && location is not null && int.TryParse(location[(location.LastIndexOf('/') + 1)..], out var id))
        {
            CreatedIds.Add(id);
        }
    }

    public void Failed(Exception exception) => Exceptions.AddOrUpdate(exception.GetType().Name, 1, (_, n) => n + 1);
}

/// <summary>
/// The concurrent part of a run: writers each post their annotations as fast as answers come back,
/// while readers fetch the article page and a person page in turn until the writers are done (or the
/// run's time is up). Every task waits for its answer before sending the next request.
/// </summary>
internal sealed class TaggingLoad(HttpClient client, Workload workload, IReadOnlyList<string> tokens, string personSlug, LoadArguments arguments)
{
    public async Task<LoadResult> RunAsync()
    {
        var findings = new Findings();
        var deadline = Stopwatch.StartNew();
        var limit = TimeSpan.FromSeconds(arguments.MaxSeconds);
        var writersDone = 0;

        var readers = Enumerable.Range(0, arguments.Readers)
            .Select(_ => Task.Run(() => ReadAsync(() => Volatile.Read(ref writersDone) == 1 || deadline.Elapsed > limit, findings)))
            .ToList();
        var writers = Enumerable.Range(0, arguments.Writers)
            .Select(w => Task.Run(() => WriteAsync(tokens[w], new Random(1000 + w), () => deadline.Elapsed > limit, findings)))
            .ToList();

        var writeSamples = await Task.WhenAll(writers);
        var writeSeconds = deadline.Elapsed.TotalSeconds;
        Volatile.Write(ref writersDone, 1);
        var readSamples = await Task.WhenAll(readers);
        var readSeconds = deadline.Elapsed.TotalSeconds;
        return new LoadResult([.. writeSamples.SelectMany(s => s), .. readSamples.SelectMany(s => s)], writeSeconds, readSeconds, findings);
    }

    private async Task<List<Sample>> WriteAsync(string token, Random random, Func<bool> stop, Findings findings)
    {
        var samples = new List<Sample>(arguments.WritesPerWriter);
        for (var i = 0; i < arguments.WritesPerWriter && !stop(); i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"api/articles/{Workload.ArticleSlug}/annotations")
            {
                Content = new StringContent(workload.NextAnnotation(random), Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            samples.Add(await SendAsync(request, RequestKind.Write, findings));
        }

        return samples;
    }

    private async Task<List<Sample>> ReadAsync(Func<bool> stop, Findings findings)
    {
        var samples = new List<Sample>();
        string[] paths = [$"articles/{Workload.ArticleSlug}", $"people/{personSlug}"];
        for (var i = 0; !stop(); i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, paths[i % paths.Length]);
            samples.Add(await SendAsync(request, RequestKind.Read, findings));
        }

        return samples;
    }

    private async Task<Sample> SendAsync(HttpRequestMessage request, RequestKind kind, Findings findings)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            findings.Inspect(kind, response, await response.Content.ReadAsStringAsync());
            return new Sample(kind, (int)response.StatusCode, elapsed);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            findings.Failed(ex);
            return new Sample(kind, 0, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
