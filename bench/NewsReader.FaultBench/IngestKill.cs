using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace NewsReader.FaultBench;

/// <summary>
/// SIGKILL during a large ingest. One uninterrupted ingest first gives the reference (articles,
/// paragraphs, duplicates, and how long the ingest itself takes); then each round starts
/// <c>ingest CORPUS</c> on a fresh database, waits for the first stored article, kills the process
/// when a random share (2-95 %) of the articles is stored, plus a random few milliseconds, and checks what survived: integrity, the FTS
/// indexes, and that every stored article has all its paragraphs. The same ingest is then run to the
/// end, and must store exactly what was missing.
/// </summary>
internal static class IngestKill
{
    private static readonly TimeSpan RunLimit = TimeSpan.FromSeconds(180);

    public static async Task<int> RunAsync(Arguments args)
    {
        var corpus = args.Folder(null, "CORPUS");
        var rounds = args.Number("rounds", 5, 1, 20);
        var expected = ParseExpect(args.Text("expect"));
        var random = args.CreateRandom();
        var verdict = new Verdict();
        using var scratch = new Scratch("ingest-kill");

        Console.WriteLine($"ingest-kill: {corpus}, {rounds} rounds, app {args.App}");
        var reference = await ReferenceAsync(args.App, corpus, scratch, verdict);
        if (reference is null)
        {
            scratch.Keep = true;
            return verdict.Finish("ingest-kill");
        }

        if (expected is { } e)
        {
            verdict.Check(reference.Articles == e.Articles && reference.Paragraphs == e.Paragraphs && reference.Duplicates == e.Duplicates,
                $"reference ingest stored {reference.Articles} articles, {reference.Paragraphs} paragraphs, {reference.Duplicates} duplicates; expected {e.Articles}, {e.Paragraphs}, {e.Duplicates}");
        }

        var storedAtKill = new List<int>();
        var attempts = 0;
        while (storedAtKill.Count < rounds && attempts < rounds * 3)
        {
            attempts++;
            var stored = await RoundAsync(args.App, corpus, scratch, reference, storedAtKill.Count + 1, rounds, random, verdict);
            if (stored is { } s)
            {
                storedAtKill.Add(s);
            }
        }

        verdict.Check(storedAtKill.Count == rounds, $"only {storedAtKill.Count} of {rounds} kills landed mid-ingest in {attempts} attempts");
        Console.WriteLine($"summary: {storedAtKill.Count} kills mid-ingest in {attempts} attempts; articles stored at the kill: {string.Join(", ", storedAtKill)} of {reference.Articles}");
        scratch.Keep = !verdict.Passed;
        return verdict.Finish("ingest-kill");
    }

    private static async Task<Reference?> ReferenceAsync(string app, string corpus, Scratch scratch, Verdict verdict)
    {
        var settings = AppSettings.In(scratch.NewFolder("reference"), app);
        using var run = AppProcess.Start(app, ["ingest", corpus], settings);
        var firstArticle = await WaitForFirstArticleAsync(run, settings.DatabasePath, RunLimit);
        if (!await run.WaitForExitAsync(RunLimit))
        {
            verdict.Fail($"the reference ingest did not finish within {RunLimit.TotalSeconds} s");
            return null;
        }

        var finished = run.Clock.Elapsed;
        var summary = IngestSummary.Find(run.Output);
        if (summary is null || firstArticle is null || run.ExitCode != 0 || summary.Rejected != 0)
        {
            verdict.Fail($"the reference ingest failed (exit {run.ExitCode}): {Tail(run.Output)}");
            return null;
        }

        var problems = Database.CompareWithCorpus(settings.DatabasePath, corpus, out var articles, out var paragraphs);
        verdict.Check(problems.Count == 0, $"reference: {problems.Count} stored articles differ from their files, e.g. {problems.FirstOrDefault()}");
        verdict.Check(Database.IntegrityCheck(settings.DatabasePath) == "ok", "reference: integrity_check is not ok");
        verdict.Check(Database.FullTextCheck(settings.DatabasePath) is null, "reference: FTS integrity-check failed");
        var ingest = finished - firstArticle.Value;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reference: {summary} in {finished.TotalSeconds:0.00} s (first article at {firstArticle.Value.TotalSeconds:0.00} s, ingest {ingest.TotalSeconds:0.00} s); {articles} articles, {paragraphs} paragraphs"));
        return new Reference(articles, paragraphs, summary.Duplicate, ingest);
    }

    /// <summary>One kill; the number of articles stored at the kill, or null when the kill missed the ingest.</summary>
    private static async Task<int?> RoundAsync(string app, string corpus, Scratch scratch, Reference reference, int round, int rounds, Random random, Verdict verdict)
    {
        var settings = AppSettings.In(scratch.NewFolder("round"), app);
        var db = settings.DatabasePath;
        var label = $"round {round}/{rounds}";
        TimeSpan killedAt;
        TimeSpan? firstArticle;
        using (var run = AppProcess.Start(app, ["ingest", corpus], settings))
        {
            firstArticle = await WaitForArticlesAsync(run, db, 1, TimeSpan.FromSeconds(60));
            if (firstArticle is null)
            {
                verdict.Fail($"{label}: no article stored within 60 s of the start: {Tail(run.Output)}");
                return null;
            }

            // A random point of progress, 2-95 % of the articles, then a random few milliseconds more so
            // the kill is not in step with our read: kills land early, midway and late, inside any statement.
            var target = (int)Math.Ceiling(reference.Articles * (0.02 + (0.93 * random.NextDouble())));
            await WaitForArticlesAsync(run, db, target, RunLimit);
            await Task.Delay(random.Next(0, 25));
            var exitedFirst = run.HasExited;
            run.Kill();
            killedAt = run.Clock.Elapsed;
            if (exitedFirst)
            {
                Console.WriteLine($"{label}: missed (the ingest finished before the kill); trying again");
                return null;
            }
        }

        var walBytes = File.Exists(db + "-wal") ? new FileInfo(db + "-wal").Length : 0;
        var integrity = Database.IntegrityCheck(db);
        var fullText = Database.FullTextCheck(db);
        var problems = Database.CompareWithCorpus(db, corpus, out var articles, out var paragraphs);
        if (articles >= reference.Articles)
        {
            Console.WriteLine($"{label}: missed (all {articles} articles were stored before the kill); trying again");
            return null;
        }

        var ok = verdict.Check(integrity == "ok", $"{label}: integrity_check after the kill: {integrity}");
        ok &= verdict.Check(fullText is null, $"{label}: {fullText}");
        ok &= verdict.Check(problems.Count == 0, $"{label}: {problems.Count} of {articles} stored articles are incomplete or differ from their files, e.g. {problems.FirstOrDefault()}");

        // Finish the job: exactly the missing articles are new, the stored ones unchanged.
        using var rerun = AppProcess.Start(app, ["ingest", corpus], settings);
        var finished = await rerun.WaitForExitAsync(RunLimit);
        var summary = finished ? IngestSummary.Find(rerun.Output) : null;
        var expected = new IngestSummary(reference.Articles - articles, 0, articles, reference.Duplicates, 0);
        if (!finished)
        {
            rerun.Kill();
            ok &= verdict.Check(false, $"{label}: the rerun did not finish within {RunLimit.TotalSeconds} s: {Tail(rerun.Output)}");
        }
        else
        {
            ok &= verdict.Check(rerun.ExitCode == 0 && summary == expected,
                $"{label}: the rerun reported {summary?.ToString() ?? "no summary"} (exit {rerun.ExitCode}); expected {expected}");
        }

        var finalProblems = Database.CompareWithCorpus(db, corpus, out var finalArticles, out var finalParagraphs);
        ok &= verdict.Check(finalArticles == reference.Articles && finalParagraphs == reference.Paragraphs && finalProblems.Count == 0,
            $"{label}: after the rerun {finalArticles} articles, {finalParagraphs} paragraphs, {finalProblems.Count} differing; expected {reference.Articles}, {reference.Paragraphs}, 0");
        var finalIntegrity = Database.IntegrityCheck(db);
        ok &= verdict.Check(finalIntegrity == "ok" && Database.FullTextCheck(db) is null, $"{label}: integrity after the rerun: {finalIntegrity}");

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: SIGKILL at {killedAt.TotalSeconds:0.00} s ({(killedAt - firstArticle.Value).TotalSeconds:0.00} s after the first article), WAL {walBytes / 1024.0 / 1024.0:0.0} MB; " +
            $"stored {articles}/{reference.Articles} articles, {paragraphs} paragraphs, {articles - problems.Count} complete; integrity {integrity}; fts {(fullText is null ? "ok" : "FAILED")}; " +
            $"rerun {summary?.ToString() ?? "none"}; final {finalArticles} articles, {finalParagraphs} paragraphs: {(ok ? "OK" : "FAILED")}"));
        return articles;
    }

    private static Task<TimeSpan?> WaitForFirstArticleAsync(AppProcess run, string db, TimeSpan limit) =>
        WaitForArticlesAsync(run, db, 1, limit);

    /// <summary>How long after the start a reader saw at least <paramref name="count"/> articles; null when not within the limit.</summary>
    private static async Task<TimeSpan?> WaitForArticlesAsync(AppProcess run, string db, int count, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit && !run.HasExited)
        {
            if (File.Exists(db))
            {
                try
                {
                    if (Database.Scalar(db, """SELECT count(*) FROM "Articles";""", readOnly: true) >= count)
                    {
                        return run.Clock.Elapsed;
                    }
                }
                catch (SqliteException)
                {
                    // Not migrated yet, or briefly locked while the schema is created.
                }
            }

            await Task.Delay(20);
        }

        return run.HasExited && run.ExitCode == 0 ? run.Clock.Elapsed : null;
    }

    private static (int Articles, int Paragraphs, int Duplicates)? ParseExpect(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var parts = text.Split(',');
        if (parts.Length != 3 || !parts.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            throw new ArgumentException("--expect must be ARTICLES,PARAGRAPHS,DUPLICATES, e.g. 2127,10139,98.");
        }

        var n = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return (n[0], n[1], n[2]);
    }

    public static string Tail(string output, int lines = 5) =>
        string.Join(" | ", output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(lines));

    private sealed record Reference(int Articles, int Paragraphs, int Duplicates, TimeSpan Ingest);
}
