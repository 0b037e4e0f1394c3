using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace NewsReader.FaultBench;

/// <summary>
/// SIGKILL the web app while concurrent writers POST annotations. Each 201 is the app's promise that
/// the annotation is stored; after the kill and a restart every acknowledged id must be there (in the
/// table and through the API), and the database must pass its integrity checks. Any answer other
/// than 201 before the kill is a failure too (a 5xx under concurrency, a 409 from a name race).
/// </summary>
internal static class WebKill
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(Arguments args)
    {
        var seeds = args.Folder("seeds", "--seeds");
        var rounds = args.Number("rounds", 4, 1, 10);
        var writers = args.Number("writers", 8, 1, 64);
        var random = args.CreateRandom();
        var verdict = new Verdict();
        using var scratch = new Scratch("web-kill");
        var settings = AppSettings.In(scratch.NewFolder("web"), args.App, seeds);
        var db = settings.DatabasePath;
        Console.WriteLine($"web-kill: {rounds} rounds, {writers} writers, seeds {seeds}, app {args.App}");

        var token = await Api.CreateUserAsync(args.App, settings, "u@example.org");
        if (token is null)
        {
            verdict.Fail("could not create the user and token");
            return verdict.Finish("web-kill");
        }

        var port = AppProcess.FreeLoopbackPort();
        var api = new Api(port, token, TimeSpan.FromSeconds(15));
        var web = await StartAsync(args.App, settings, api, verdict, "first start");
        if (web is null)
        {
            api.Dispose();
            scratch.Keep = true;
            return verdict.Finish("web-kill");
        }

        var paragraphs = await api.ParagraphsAsync(Api.SeedSlug);
        var acknowledged = new HashSet<long>();
        var totals = new Totals();
        try
        {
            for (var round = 1; round <= rounds && web is not null; round++)
            {
                var label = $"round {round}/{rounds}";
                var load = new Load();
                using var stop = new CancellationTokenSource();
                var tasks = Enumerable.Range(1, writers)
                    .Select(w => WriteAsync(api, paragraphs, new Random(random.Next()), $"round {round} writer {w}", load, stop.Token))
                    .ToList();
                var delay = TimeSpan.FromSeconds(1 + (2 * random.NextDouble()));
                await Task.Delay(delay);
                load.Killing = true;
                web.Kill();
                web.Dispose();
                web = null;
                await stop.CancelAsync();
                await Task.WhenAll(tasks);

                // Offline, before anything else opens the database.
                var integrity = Database.IntegrityCheck(db);
                var fullText = Database.FullTextCheck(db);
                var stored = Database.Ids(db, "Annotations");
                var ids = load.Ids.ToHashSet();
                var missingInTable = ids.Where(id => !stored.Contains(id)).ToList();
                acknowledged.UnionWith(ids);

                // A new client: the old one's pooled connections died with the process.
                api.Dispose();
                api = new Api(port, token, TimeSpan.FromSeconds(15));
                web = await StartAsync(args.App, settings, api, verdict, $"{label} restart");
                var listed = web is null ? [] : await api.AnnotationIdsAsync(Api.SeedSlug);
                var missingInApi = acknowledged.Where(id => !listed.Contains(id)).ToList();
                var unacknowledged = stored.Count - acknowledged.Count; // committed, but the answer never reached the writer

                var others = load.Statuses.Where(s => s.Key != HttpStatusCode.Created).ToList();
                verdict.Check(integrity == "ok", $"{label}: integrity_check after the kill: {integrity}");
                verdict.Check(fullText is null, $"{label}: {fullText}");
                verdict.Check(missingInTable.Count == 0, $"{label}: {missingInTable.Count} acknowledged annotations missing from the table after the kill: {string.Join(", ", missingInTable.Take(10))}");
                verdict.Check(web is null || missingInApi.Count == 0, $"{label}: {missingInApi.Count} acknowledged annotations missing from the API after the restart");
                verdict.Check(others.Count == 0, $"{label}: answers other than 201 before the kill: {Describe(others)}; e.g. {load.Problems.FirstOrDefault()}");
                verdict.Check(load.EarlyErrors == 0, $"{label}: {load.EarlyErrors} requests failed without an answer before the kill: {load.Problems.FirstOrDefault()}");
                totals.Add(ids.Count, ids.Count - missingInTable.Count, missingInTable.Count, load.InFlight);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{label}: SIGKILL after {delay.TotalSeconds:0.00} s of load; 201s acknowledged {ids.Count}, found after restart {ids.Count - missingInTable.Count}, missing {missingInTable.Count}; " +
                    $"in flight at the kill {load.InFlight}; other answers {Describe(others)}; stored in total {stored.Count} (acknowledged in total {acknowledged.Count}, committed but unacknowledged {unacknowledged}); " +
                    $"listed by the API after restart {listed.Count}, missing {missingInApi.Count}; integrity {integrity}; fts {(fullText is null ? "ok" : "FAILED")}"));
            }
        }
        finally
        {
            web?.Dispose();
            api.Dispose();
        }

        var finalIds = Database.Ids(db, "Annotations");
        var finalMissing = acknowledged.Count(id => !finalIds.Contains(id));
        verdict.Check(finalMissing == 0, $"{finalMissing} acknowledged annotations missing at the end");
        verdict.Check(Database.IntegrityCheck(db) == "ok", "integrity_check at the end is not ok");
        Console.WriteLine($"summary: {totals.Rounds} kills; 201s acknowledged {totals.Acknowledged}, found after restart {totals.Found}, missing {totals.Missing} (must be 0); requests cut off in flight {totals.InFlight}; stored at the end {finalIds.Count}");
        scratch.Keep = !verdict.Passed;
        return verdict.Finish("web-kill");
    }

    private static async Task<AppProcess?> StartAsync(string app, AppSettings settings, Api api, Verdict verdict, string label)
    {
        var clock = Stopwatch.StartNew();
        var web = AppProcess.Start(app, ["--urls", api.Client.BaseAddress!.ToString().TrimEnd('/')], settings);
        if (await web.WaitUntilHealthyAsync(api.Client, StartLimit))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label}: healthy after {clock.Elapsed.TotalSeconds:0.0} s"));
            return web;
        }

        verdict.Fail($"{label}: the app did not answer /healthz within {StartLimit.TotalSeconds} s: {IngestKill.Tail(web.Output)}");
        web.Dispose();
        return null;
    }

    private static async Task WriteAsync(Api api, IReadOnlyList<ParagraphRef> paragraphs, Random random, string name, Load load, CancellationToken stop)
    {
        // Bounded: stops at the kill, and in any case after 30 s or 5,000 requests.
        var clock = Stopwatch.StartNew();
        for (var n = 1; n <= 5_000 && !stop.IsCancellationRequested && clock.Elapsed < TimeSpan.FromSeconds(30); n++)
        {
            var body = Api.RandomAnnotation(random, paragraphs, $"{name} request {n}");
            try
            {
                var result = await api.PostAnnotationAsync(Api.SeedSlug, body, CancellationToken.None);
                load.Statuses.AddOrUpdate(result.Status, 1, (_, c) => c + 1);
                if (result.Id is { } id)
                {
                    load.Ids.Add(id);
                }
                else
                {
                    load.Problems.Add($"{(int)result.Status}: {result.Problem}");
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
            {
                if (load.Killing)
                {
                    Interlocked.Increment(ref load.InFlight);
                    return;
                }

                Interlocked.Increment(ref load.EarlyErrors);
                load.Problems.Add($"{ex.GetType().Name}: {ex.Message}");
            }
        }
    }

    private static string Describe(IEnumerable<KeyValuePair<HttpStatusCode, int>> statuses)
    {
        var list = statuses.Select(s => $"{(int)s.Key}x{s.Value}").ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list);
    }

    private sealed class Load
    {
        public int InFlight;
        public int EarlyErrors;

        public volatile bool Killing;

        public ConcurrentBag<long> Ids { get; } = [];

        public ConcurrentDictionary<HttpStatusCode, int> Statuses { get; } = new();

        public ConcurrentBag<string> Problems { get; } = [];
    }

    private sealed class Totals
    {
        public int Rounds { get; private set; }

        public int Acknowledged { get; private set; }

        public int Found { get; private set; }

        public int Missing { get; private set; }

        public int InFlight { get; private set; }

        public void Add(int acknowledged, int found, int missing, int inFlight)
        {
            Rounds++;
            Acknowledged += acknowledged;
            Found += found;
            Missing += missing;
            InFlight += inFlight;
        }
    }
}
