using System.Diagnostics;
using System.Globalization;
using System.Net.Http;
using Microsoft.Data.Sqlite;

namespace NewsReader.FaultBench;

/// <summary>
/// SIGKILL during start-up. Every start (the web app and each command) runs EF Core's MigrateAsync,
/// which for SQLite takes a lock by inserting a row into <c>__EFMigrationsLock</c> and deletes it when
/// done. This kills <c>ingest</c> while that row exists (round 1 on a new database, round 2 on one
/// that needs no migration, i.e. an ordinary restart), then checks that the next <c>ingest</c> and the
/// next web start still complete within the limit instead of waiting for the dead process's lock.
/// </summary>
internal static class StartupKill
{
    public static async Task<int> RunAsync(Arguments args)
    {
        var corpus = args.Folder(null, "CORPUS");
        var rounds = args.Number("rounds", 2, 1, 6);
        var wait = TimeSpan.FromSeconds(args.Number("wait", 30, 5, 120));
        _ = args.CreateRandom(); // the moment is chosen by observation, not by chance; printed for symmetry
        var verdict = new Verdict();
        using var scratch = new Scratch("startup-kill");
        Console.WriteLine($"startup-kill: {corpus}, {rounds} rounds, limit {wait.TotalSeconds} s, app {args.App}");

        for (var round = 1; round <= rounds; round++)
        {
            var existing = round % 2 == 0;
            var label = $"round {round}/{rounds} ({(existing ? "existing database, nothing to migrate" : "new database")})";
            var settings = AppSettings.In(scratch.NewFolder("round"), args.App);
            var db = settings.DatabasePath;
            if (existing)
            {
                using var first = AppProcess.Start(args.App, ["ingest", corpus], settings);
                if (!await first.WaitForExitAsync(TimeSpan.FromSeconds(180)) || first.ExitCode != 0)
                {
                    verdict.Fail($"{label}: the preparing ingest failed: {IngestKill.Tail(first.Output)}");
                    continue;
                }
            }

            var killedAt = await KillWhileLockedAsync(args.App, corpus, settings, attempts: 5, fresh: !existing);
            if (killedAt is null)
            {
                // Nothing to kill into: the app no longer holds the lock here, or too briefly to be seen.
                Console.WriteLine($"{label}: not reproduced, the lock row was never seen in 5 starts; nothing to check");
                continue;
            }

            var lockRows = Database.Scalar(db, """SELECT count(*) FROM "__EFMigrationsLock";""");
            var integrity = Database.IntegrityCheck(db);
            verdict.Check(integrity == "ok", $"{label}: integrity_check after the kill: {integrity}");

            // The next ingest: must finish (it may have to migrate first).
            var ingestClock = Stopwatch.StartNew();
            using var ingest = AppProcess.Start(args.App, ["ingest", corpus], settings);
            var ingestFinished = await ingest.WaitForExitAsync(wait);
            var ingestNote = ingestFinished
                ? $"finished in {ingestClock.Elapsed.TotalSeconds:0.0} s (exit {ingest.ExitCode}): {IngestSummary.Find(ingest.Output)?.ToString() ?? IngestKill.Tail(ingest.Output)}"
                : $"STILL RUNNING after {wait.TotalSeconds} s, output so far: '{IngestKill.Tail(ingest.Output)}'";
            ingest.Kill();
            verdict.Check(ingestFinished && ingest.ExitCode == 0, $"{label}: next ingest {ingestNote}");

            // The next web start: /healthz must answer.
            var port = AppProcess.FreeLoopbackPort();
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
            var webClock = Stopwatch.StartNew();
            using var web = AppProcess.Start(args.App, ["--urls", client.BaseAddress.ToString()], settings with { SeedPath = corpus + "-missing-seed-folder" });
            var healthy = await web.WaitUntilHealthyAsync(client, wait);
            var webNote = healthy
                ? $"healthy after {webClock.Elapsed.TotalSeconds:0.0} s"
                : $"NOT answering after {wait.TotalSeconds} s, output so far: '{IngestKill.Tail(web.Output, 3)}'";
            web.Kill();
            verdict.Check(healthy, $"{label}: next web start {webNote}");

            var after = Database.Scalar(db, """SELECT count(*) FROM "__EFMigrationsLock";""");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{label}: SIGKILL at {killedAt.Value.TotalSeconds:0.00} s with the lock row held; lock rows left {lockRows}; integrity {integrity}; next ingest {ingestNote}; next web start {webNote}; lock rows now {after}"));
        }

        scratch.Keep = false; // the databases show nothing the report does not
        return verdict.Finish("startup-kill");
    }

    private static async Task<TimeSpan?> KillWhileLockedAsync(string app, string corpus, AppSettings settings, int attempts, bool fresh)
    {
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            if (fresh)
            {
                // Each try on a new database, so every start has migrations to apply.
                foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
                {
                    File.Delete(settings.DatabasePath + suffix);
                }
            }

            using var run = AppProcess.Start(app, ["ingest", corpus], settings);
            var clock = Stopwatch.StartNew();
            while (!run.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                if (File.Exists(settings.DatabasePath))
                {
                    try
                    {
                        if (Database.Scalar(settings.DatabasePath, """SELECT count(*) FROM "__EFMigrationsLock";""", readOnly: true) > 0)
                        {
                            run.Kill();
                            return run.Clock.Elapsed;
                        }
                    }
                    catch (SqliteException)
                    {
                        // The table does not exist yet, or the schema is being written.
                    }
                }

                await Task.Delay(2);
            }

            run.Kill();
        }

        return null;
    }
}
