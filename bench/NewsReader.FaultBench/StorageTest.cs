using System.Globalization;
using System.Net;

namespace NewsReader.FaultBench;

/// <summary>
/// Real storage faults under the running web app, no injection: (1) a full disk: the database on a
/// small tmpfs, filled up with a file; (2) a read-only database: <c>chattr +i</c> on the database
/// files, which stops writes even for root and even through files already open; (3) a database the
/// app's (unprivileged) user may not write, from the start. Each checks: the write gets 503 problem
/// details naming the cause, the app logs it, reads still work, nothing stored is damaged, and once
/// the cause is removed the next write succeeds without a restart. (4) permissions taken away while
/// the unprivileged app runs: only connections opened after that are read-only, so concurrent writes
/// get a mix of 201 and 503, never another status, and all succeed again once permissions are back.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
internal static class StorageTest
{
    private static readonly string[] AsNobody = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"];

    public static async Task<int> RunAsync(Arguments args)
    {
        var seeds = args.Folder("seeds", "--seeds");
        var verdict = new Verdict();
        using var scratch = new Scratch("storage");
        File.SetUnixFileMode(scratch.Root, (UnixFileMode)0b111_101_101); // 0755: the unprivileged part needs to reach its folder
        Console.WriteLine($"storage: seeds {seeds}, app {args.App}");

        var results = new List<string>
        {
            await FullDiskAsync(args.App, seeds, scratch, verdict),
            await ImmutableAsync(args.App, seeds, scratch, verdict),
            await UnprivilegedAsync(args.App, seeds, scratch, verdict),
            await PermissionsMidRunAsync(args.App, seeds, scratch, verdict),
        };

        Console.WriteLine("summary:");
        foreach (var result in results)
        {
            Console.WriteLine($"  {result}");
        }

        scratch.Keep = !verdict.Passed;
        return verdict.Finish("storage");
    }

    private static async Task<string> FullDiskAsync(string app, string seeds, Scratch scratch, Verdict verdict)
    {
        const string Name = "full disk (database on a 16 MB tmpfs, filled with a file)";
        var mount = scratch.NewFolder("tmpfs");
        var (code, output) = Shell.Run("mount", "-t", "tmpfs", "-o", "size=16m,mode=0755", "newsreader-faults", mount);
        if (code != 0)
        {
            return $"{Name}: SKIPPED, mount is not permitted here: {output}";
        }

        try
        {
            var settings = AppSettings.In(mount, app, seeds);
            var filler = Path.Combine(mount, "filler");
            if (await Api.CreateUserAsync(app, settings, "u@example.org") is not { } token)
            {
                verdict.Fail($"{Name}: could not create the user");
                return $"{Name}: FAILED to prepare";
            }

            return await ExerciseAsync(Name, app, settings, token, verdict, brokenFromStart: false,
                breakIt: () =>
                {
                    var bytes = Fill(filler);
                    return $"filled {bytes / 1024.0 / 1024.0:0.0} MB, {new DriveInfo(mount).AvailableFreeSpace} bytes left";
                },
                restore: () => File.Delete(filler),
                expectedReason: "the disk is full");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var (unmounted, message) = Shell.Run("umount", mount);
            if (unmounted != 0)
            {
                Console.WriteLine($"umount {mount} failed: {message}");
            }
        }
    }

    private static async Task<string> ImmutableAsync(string app, string seeds, Scratch scratch, Verdict verdict)
    {
        const string Name = "read-only database (chattr +i on the database, -wal and -shm files)";
        var folder = scratch.NewFolder("immutable");
        var probe = Path.Combine(folder, "probe");
        await File.WriteAllTextAsync(probe, "probe");
        var (code, output) = Shell.Run("chattr", "+i", probe);
        Shell.Run("chattr", "-i", probe);
        if (code != 0)
        {
            return $"{Name}: SKIPPED, chattr +i does not work on {folder}: {output}";
        }

        var settings = AppSettings.In(folder, app, seeds);
        var files = new[] { string.Empty, "-wal", "-shm" }.Select(s => settings.DatabasePath + s).ToList();
        if (await Api.CreateUserAsync(app, settings, "u@example.org") is not { } token)
        {
            verdict.Fail($"{Name}: could not create the user");
            return $"{Name}: FAILED to prepare";
        }

        try
        {
            return await ExerciseAsync(Name, app, settings, token, verdict, brokenFromStart: false,
                breakIt: () =>
                {
                    var present = files.Where(File.Exists).ToList();
                    foreach (var file in present)
                    {
                        Shell.Must("chattr", "+i", file);
                    }

                    return $"immutable: {string.Join(", ", present.Select(Path.GetFileName))}";
                },
                restore: () => Unlock(files),
                expectedReason: null);
        }
        finally
        {
            Unlock(files); // never leave an undeletable file behind
        }
    }

    private static async Task<string> UnprivilegedAsync(string app, string seeds, Scratch scratch, Verdict verdict)
    {
        const string Name = "read-only database at start (app run as nobody, files owned by root, 0644)";
        var folder = scratch.NewFolder("unprivileged");
        var own = scratch.NewFolder("nobody-home");
        Shell.Must("chown", "nobody:nogroup", own);
        var (readable, why) = Shell.Run(AsNobody[0], [.. AsNobody[1..], "test", "-r", app]);
        if (readable != 0)
        {
            return $"{Name}: SKIPPED, nobody cannot read {app} (publish it to a world-readable folder): {why}";
        }

        var settings = AppSettings.In(folder, app, seeds) with
        {
            KeysPath = Path.Combine(own, "keys"),
            Extra = new Dictionary<string, string> { ["HOME"] = own, ["DOTNET_CLI_HOME"] = own },
        };

        // Made by root (ingest stores the seeds, users add the account), then left readable but not writable for nobody.
        using (var ingest = AppProcess.Start(app, ["ingest", seeds], settings with { KeysPath = Path.Combine(folder, "root-keys") }))
        {
            if (!await ingest.WaitForExitAsync(TimeSpan.FromSeconds(60)) || ingest.ExitCode != 0)
            {
                verdict.Fail($"{Name}: could not ingest the seeds: {IngestKill.Tail(ingest.Output)}");
                return $"{Name}: FAILED to prepare";
            }
        }

        if (await Api.CreateUserAsync(app, settings with { KeysPath = Path.Combine(folder, "root-keys") }, "u@example.org") is not { } token)
        {
            verdict.Fail($"{Name}: could not prepare the database");
            return $"{Name}: FAILED to prepare";
        }

        File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
        foreach (var file in Directory.GetFiles(folder))
        {
            File.SetUnixFileMode(file, (UnixFileMode)0b110_100_100);
        }

        return await ExerciseAsync(Name, app, settings, token, verdict, brokenFromStart: true,
            breakIt: () => $"files: {string.Join(", ", Directory.GetFiles(folder).Select(Path.GetFileName))} root-owned 0644, folder 0755",
            restore: () => Shell.Must("chown", "-R", "nobody:nogroup", folder),
            expectedReason: "the database is read-only",
            runAs: AsNobody);
    }

    private static async Task<string> PermissionsMidRunAsync(string app, string seeds, Scratch scratch, Verdict verdict)
    {
        const string Name = "read-only by permissions mid-run (app as nobody; its files chowned to root, 0644, while it runs)";
        var failures = verdict.Failures.Count;
        var folder = scratch.NewFolder("revoked");
        var own = scratch.NewFolder("nobody-home");
        var (readable, why) = Shell.Run(AsNobody[0], [.. AsNobody[1..], "test", "-r", app]);
        if (readable != 0)
        {
            return $"{Name}: SKIPPED, nobody cannot read {app}: {why}";
        }

        var settings = AppSettings.In(folder, app, seeds) with
        {
            KeysPath = Path.Combine(own, "keys"),
            Extra = new Dictionary<string, string> { ["HOME"] = own, ["DOTNET_CLI_HOME"] = own },
        };
        if (await Api.CreateUserAsync(app, settings, "u@example.org") is not { } token)
        {
            verdict.Fail($"{Name}: could not prepare the database");
            return $"{Name}: FAILED to prepare";
        }

        Shell.Must("chown", "-R", "nobody:nogroup", folder, own);
        var port = AppProcess.FreeLoopbackPort();
        using var writer = new Api(port, token, TimeSpan.FromSeconds(30));
        using var reader = new Api(port, null, TimeSpan.FromSeconds(30));
        using var web = AppProcess.Start(app, ["--urls", $"http://127.0.0.1:{port}"], settings, runAs: AsNobody);
        if (!await web.WaitUntilHealthyAsync(reader.Client, TimeSpan.FromSeconds(60)))
        {
            verdict.Fail($"{Name}: the app did not start: {IngestKill.Tail(web.Output, 8)}");
            return $"{Name}: FAILED, the app did not start";
        }

        var paragraphs = await reader.ParagraphsAsync(Api.SeedSlug);
        var random = new Random(2);
        var acknowledged = new System.Collections.Concurrent.ConcurrentBag<long>();
        async Task<List<PostResult>> BurstAsync(int count)
        {
            var bodies = Enumerable.Range(0, count).Select(_ => Api.RandomAnnotation(random, paragraphs, Name)).ToList();
            var results = await Task.WhenAll(bodies.Select(b => writer.PostAnnotationAsync(Api.SeedSlug, b, CancellationToken.None)));
            foreach (var id in results.Select(r => r.Id).OfType<long>())
            {
                acknowledged.Add(id);
            }

            return [.. results];
        }

        var baseline = await BurstAsync(1);
        verdict.Check(baseline[0].Status == HttpStatusCode.Created, $"{Name}: the baseline write got {Status(baseline[0].Status)}");

        File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
        Shell.Must("chown", "-R", "root:root", folder);
        foreach (var file in Directory.GetFiles(folder))
        {
            File.SetUnixFileMode(file, (UnixFileMode)0b110_100_100);
        }

        var broken = new List<PostResult>();
        for (var i = 0; i < 4; i++)
        {
            broken.AddRange(await BurstAsync(16));
        }

        var refusals = broken.Where(r => r.Status != HttpStatusCode.Created).ToList();
        var wrong = refusals.Where(r => r.Status != HttpStatusCode.ServiceUnavailable || r.MediaType != "application/problem+json" || !r.Problem!.Contains("the database is read-only", StringComparison.Ordinal)).ToList();
        verdict.Check(wrong.Count == 0, $"{Name}: answers other than 201 or 503 'read-only' while permissions were revoked: {string.Join("; ", wrong.Take(3).Select(r => $"{Status(r.Status)} {Shorten(r.Problem)}"))}");
        var reads = new List<string>();
        foreach (var path in new[] { "/healthz", $"/articles/{Api.SeedSlug}", $"/api/articles/{Api.SeedSlug}/annotations" })
        {
            using var response = await reader.Client.GetAsync(path);
            reads.Add($"{path} {Status(response.StatusCode)}");
            verdict.Check(response.StatusCode == HttpStatusCode.OK, $"{Name}: GET {path} while revoked got {Status(response.StatusCode)}");
        }

        var logged = web.Output.Split('\n').Count(l => l.Contains("Storage unavailable (the database is read-only)", StringComparison.Ordinal));
        verdict.Check(refusals.Count == 0 || logged > 0, $"{Name}: {refusals.Count} refusals but no 'Storage unavailable' log line");

        // Restored: 5 bursts a second apart, to tell "recovers" from "still failing seconds later".
        Shell.Must("chown", "-R", "nobody:nogroup", folder);
        var after = new List<PostResult>();
        var perBurst = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            var burst = await BurstAsync(16);
            perBurst.Add(burst.Count(r => r.Status != HttpStatusCode.Created));
            after.AddRange(burst);
            await Task.Delay(1000);
        }

        var afterFailed = after.Count(r => r.Status != HttpStatusCode.Created);
        verdict.Check(afterFailed == 0, $"{Name}: {afterFailed} of {after.Count} writes failed after permissions were restored: {string.Join("; ", after.Where(r => r.Id is null).Take(2).Select(r => Shorten(r.Problem)))}");
        var listed = await reader.AnnotationIdsAsync(Api.SeedSlug);
        var missing = acknowledged.Count(id => !listed.Contains(id));
        verdict.Check(missing == 0, $"{Name}: {missing} acknowledged annotations are missing");
        web.Kill();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var integrity = Database.IntegrityCheck(settings.DatabasePath);
        verdict.Check(integrity == "ok", $"{Name}: integrity {integrity}");
        var passed = verdict.Failures.Count == failures;
        return $"{Name}: {(passed ? "PASS" : "FAIL")}; while revoked {broken.Count - refusals.Count} of {broken.Count} concurrent writes 201 (connections opened before keep write access), {refusals.Count} 503 'read-only'; " +
            $"log lines {logged}; reads {string.Join(", ", reads)}; after restoring {after.Count - afterFailed} of {after.Count} writes 201 (503s in each burst of 16, a second apart: {string.Join(", ", perBurst)}); acknowledged {acknowledged.Count}, missing {missing}; integrity {integrity}";
    }

    /// <summary>
    /// Starts the app, makes a baseline write, breaks storage, writes until refused, checks the refusal,
    /// reads, the log and integrity, restores, and checks that the very next write succeeds.
    /// </summary>
    private static async Task<string> ExerciseAsync(
        string name, string app, AppSettings settings, string token, Verdict verdict, bool brokenFromStart,
        Func<string> breakIt, Action restore, string? expectedReason, IReadOnlyList<string>? runAs = null)
    {
        var failures = verdict.Failures.Count;
        var port = AppProcess.FreeLoopbackPort();
        using var writer = new Api(port, token, TimeSpan.FromSeconds(30));
        using var reader = new Api(port, null, TimeSpan.FromSeconds(30));
        using var web = AppProcess.Start(app, ["--urls", $"http://127.0.0.1:{port}"], settings, runAs: runAs);
        if (!await web.WaitUntilHealthyAsync(reader.Client, TimeSpan.FromSeconds(60), anyAnswer: brokenFromStart))
        {
            var firstError = web.Output.Split('\n').FirstOrDefault(l => l.Contains("Exception", StringComparison.Ordinal))?.Trim() ?? IngestKill.Tail(web.Output);
            verdict.Fail($"{name}: the app did not start (no answer from /healthz in 60 s; exited: {(web.HasExited ? $"yes, code {web.ExitCode}" : "no")}): {firstError}");
            return $"{name}: FAILED, the app did not start";
        }

        var paragraphs = brokenFromStart ? ParagraphsFromFile(settings.DatabasePath) : await reader.ParagraphsAsync(Api.SeedSlug);
        var random = new Random(1);
        var acknowledged = new List<long>();
        async Task<PostResult> PostAsync()
        {
            var result = await writer.PostAnnotationAsync(Api.SeedSlug, Api.RandomAnnotation(random, paragraphs, name), CancellationToken.None);
            if (result.Id is { } id)
            {
                acknowledged.Add(id);
            }

            return result;
        }

        if (!brokenFromStart)
        {
            var baseline = await PostAsync();
            verdict.Check(baseline.Status == HttpStatusCode.Created, $"{name}: the baseline write got {Status(baseline.Status)}: {baseline.Problem}");
        }

        var broken = breakIt();

        // Writes until the first refusal (the WAL may have room left for a few), at most 300.
        PostResult? refused = null;
        var acceptedWhileBroken = 0;
        for (var i = 0; i < 300 && refused is null; i++)
        {
            var result = await PostAsync();
            if (result.Id is null)
            {
                refused = result;
            }
            else
            {
                acceptedWhileBroken++;
            }
        }

        var refusedOk = refused is { Status: HttpStatusCode.ServiceUnavailable, MediaType: "application/problem+json" }
            && refused.Problem!.Contains("Storage unavailable", StringComparison.Ordinal)
            && (expectedReason is null || refused.Problem.Contains(expectedReason, StringComparison.Ordinal));
        verdict.Check(refusedOk, $"{name}: expected 503 problem details ({expectedReason ?? "any storage reason"}); got {(refused is null ? "no refusal in 300 writes" : $"{Status(refused.Status)} {refused.MediaType}: {refused.Problem}")}");
        var again = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            again.Add(Status((await PostAsync()).Status));
        }

        verdict.Check(again.All(s => s == "503"), $"{name}: further writes while broken got {string.Join(", ", again)}; expected 503 each");

        // Reads: anonymous, as a reader would.
        var reads = new List<string>();
        foreach (var path in new[] { "/healthz", "/", $"/articles/{Api.SeedSlug}", $"/api/articles/{Api.SeedSlug}", $"/api/articles/{Api.SeedSlug}/annotations", "/api/search?q=huawei", "/people" })
        {
            using var response = await reader.Client.GetAsync(path);
            reads.Add($"{path} {Status(response.StatusCode)}");

            // A WAL database cannot even be read when its folder is read-only and it has no -shm
            // file yet (SQLite must create one): then 503 is the honest answer, never a 500.
            var acceptable = response.StatusCode == HttpStatusCode.OK || (brokenFromStart && response.StatusCode == HttpStatusCode.ServiceUnavailable);
            verdict.Check(acceptable, $"{name}: GET {path} while broken got {Status(response.StatusCode)}");
        }

        var logLine = web.Output.Split('\n').FirstOrDefault(l => l.Contains("Storage unavailable", StringComparison.Ordinal))?.Trim();
        verdict.Check(logLine is not null, $"{name}: no 'Storage unavailable' line in the app's log");
        var integrityWhileBroken = Database.IntegrityCheck(settings.DatabasePath, readOnly: true);
        verdict.Check(integrityWhileBroken == "ok", $"{name}: integrity_check while broken: {integrityWhileBroken}");

        restore();
        var next = await PostAsync();
        verdict.Check(next.Status == HttpStatusCode.Created, $"{name}: the first write after the cause was removed got {Status(next.Status)}: {next.Problem}");
        var retries = 0;
        while (next.Status != HttpStatusCode.Created && retries < 10)
        {
            // Not a pass: only to tell "recovers late" from "never recovers" in the report.
            retries++;
            await Task.Delay(1000);
            next = await PostAsync();
        }

        using (var page = await reader.Client.GetAsync($"/articles/{Api.SeedSlug}"))
        {
            verdict.Check(page.StatusCode == HttpStatusCode.OK, $"{name}: the article page after restoring got {Status(page.StatusCode)}");
        }

        var listed = await reader.AnnotationIdsAsync(Api.SeedSlug);
        var missing = acknowledged.Count(id => !listed.Contains(id));
        verdict.Check(missing == 0, $"{name}: {missing} acknowledged annotations are missing");
        verdict.Check(!web.HasExited, $"{name}: the app exited");
        web.Kill();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var integrity = Database.IntegrityCheck(settings.DatabasePath);
        var fullText = Database.FullTextCheck(settings.DatabasePath);
        verdict.Check(integrity == "ok" && fullText is null, $"{name}: after the test integrity {integrity}, fts {fullText ?? "ok"}");

        var recovery = next.Status == HttpStatusCode.Created
            ? retries == 0 ? "next write 201" : $"write 201 only after {retries} more tries"
            : $"still {Status(next.Status)} after {retries} more tries";
        var passed = verdict.Failures.Count == failures;
        return $"{name}: {(passed ? "PASS" : "FAIL")}; {broken}; writes accepted before the refusal {acceptedWhileBroken}; refusal " +
            $"{(refused is null ? "none" : $"{Status(refused.Status)} '{Detail(refused.Problem)}'")}; then {string.Join(", ", again)}; " +
            $"reads {string.Join(", ", reads)}; log '{Shorten(logLine)}'; integrity while broken {integrityWhileBroken}; after restoring: {recovery}; " +
            $"acknowledged {acknowledged.Count}, missing {missing}; integrity {integrity}, fts {(fullText is null ? "ok" : "FAILED")}";
    }

    private static List<ParagraphRef> ParagraphsFromFile(string db)
    {
        using var connection = Database.Open(db, readOnly: true);
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT p."Id", p."Text" FROM "Paragraphs" p JOIN "Articles" a ON a."Id" = p."ArticleId"
            WHERE a."Slug" = '{Api.SeedSlug}' ORDER BY p."Ordinal";
            """;
        using var reader = command.ExecuteReader();
        var paragraphs = new List<ParagraphRef>();
        while (reader.Read())
        {
            paragraphs.Add(new ParagraphRef(reader.GetInt32(0), reader.GetString(1)));
        }

        return paragraphs;
    }

    private static string Detail(string? problem)
    {
        if (problem is null)
        {
            return string.Empty;
        }

        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(problem);
            return document.RootElement.TryGetProperty("detail", out var detail) ? detail.GetString() ?? string.Empty : problem;
        }
        catch (System.Text.Json.JsonException)
        {
            return Shorten(problem);
        }
    }

    private static string Shorten(string? text) => text is null ? "none" : text.Length <= 200 ? text : text[..200] + "...";

    private static long Fill(string path)
    {
        // Large chunks, then small ones, until the file system refuses: every byte is taken.
        long written = 0;
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1);
        foreach (var size in new[] { 1 << 20, 1 << 12, 1 << 9 })
        {
            var chunk = new byte[size];
            for (var i = 0; i < 1_000_000; i++)
            {
                try
                {
                    stream.Write(chunk);
                    stream.Flush(flushToDisk: false);
                    written += size;
                }
                catch (IOException)
                {
                    stream.SetLength(written); // drop a partly written chunk's remains, if any
                    break;
                }
            }
        }

        return written;
    }

    private static void Unlock(IEnumerable<string> files)
    {
        foreach (var file in files.Where(File.Exists))
        {
            Shell.Run("chattr", "-i", file);
        }
    }

    private static string Status(HttpStatusCode status) => ((int)status).ToString(CultureInfo.InvariantCulture);
}
