using NewsReader.Web.Ingestion;

namespace NewsReader.Bench;

/// <summary>
/// Times the app's ingestion (EF Core) against a raw-SQLite floor over the same folder. A type with
/// Main rather than top-level statements: the web project already exposes a global <c>Program</c>.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var arguments = BenchArguments.Parse(args, out var error);
        if (arguments is null)
        {
            if (string.IsNullOrEmpty(error))
            {
                Console.WriteLine(BenchArguments.Usage);
                return BenchArguments.Success;
            }

            Console.Error.WriteLine($"bench: {error}");
            Console.Error.WriteLine(BenchArguments.Usage);
            return BenchArguments.UsageError;
        }

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // Let the run stop at the next file so the temporary databases are still removed.
            e.Cancel = true;
            cancellation.Cancel();
        };

        using var scratch = new ScratchFolder();
        var report = new Report(Console.Out);
        var fileCount = ArticleFileFinder.Find(arguments.Folder).Count();
        report.WriteHeader(arguments, fileCount);

        // Warm-up: JIT, EF's model and query compilation, and the OS file cache, for both paths alike.
        await EfIngestion.RunAsync(arguments.Folder, scratch, 0, cancellation.Token);
        await FloorIngestion.RunAsync(arguments.Folder, scratch, 0, cancellation.Token);

        var ef = new List<RunResult>();
        var floor = new List<RunResult>();
        for (var run = 1; run <= arguments.Runs; run++)
        {
            // Alternating spreads machine noise (other processes, thermal changes) over both paths.
            ef.Add(await EfIngestion.RunAsync(arguments.Folder, scratch, run, cancellation.Token));
            report.WriteRun(ef[^1]);
            floor.Add(await FloorIngestion.RunAsync(arguments.Folder, scratch, run, cancellation.Token));
            report.WriteRun(floor[^1]);
        }

        report.WriteSummary(ef, floor);
        if (arguments.Profile)
        {
            await Profiler.RunAsync(arguments.Folder, scratch, Console.Out, cancellation.Token);
        }

        return BenchArguments.Success;
    }
}
