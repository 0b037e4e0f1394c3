namespace NewsReader.LoadBench;

/// <summary>
/// Concurrent tagging against the real app: writers post annotations while readers load pages, then the
/// database is checked against the 201s. See bench/README.md.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "annotate")
        {
            return await AnnotateCommand.RunAsync(args[1..]);
        }

        if (args is ["free-port"])
        {
            Console.WriteLine(AppProcess.FreePort());
            return LoadArguments.Success;
        }

        var root = LoadArguments.FindRepositoryRoot(AppContext.BaseDirectory) ?? LoadArguments.FindRepositoryRoot(Environment.CurrentDirectory);
        var arguments = LoadArguments.Parse(args, root, out var error);
        if (arguments is null)
        {
            var help = string.IsNullOrEmpty(error);
            (help ? Console.Out : Console.Error).WriteLine(help ? LoadArguments.Usage : $"loadbench: {error}\n\n{LoadArguments.Usage}");
            return help ? LoadArguments.Success : LoadArguments.UsageError;
        }

        var scratch = Directory.CreateTempSubdirectory("newsreader-loadbench-").FullName;
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        var report = new Report(Console.Out);
        report.WriteHeader(arguments);
        var prepared = await PreparedDatabase.CreateAsync(
            new AppSettings(arguments.AppDll, Path.Combine(scratch, "prepared"), arguments.SeedsFolder), arguments.Writers, cancellation.Token);
        report.WriteRunsHeader();

        var runs = new List<RunOutcome>();
        for (var run = 1; run <= arguments.Runs && !cancellation.IsCancellationRequested; run++)
        {
            runs.Add(await RunOnceAsync(run, prepared, arguments, Path.Combine(scratch, $"run-{run}"), cancellation.Token));
            report.WriteRun(runs[^1]);
        }

        report.WriteDetails(runs);
        report.WriteSummary(runs);
        if (runs.All(r => r.Passed) && !arguments.Keep)
        {
            Directory.Delete(scratch, recursive: true);
            return LoadArguments.Success;
        }

        Console.WriteLine($"The databases and app logs are kept in {scratch}.");
        return runs.All(r => r.Passed) ? LoadArguments.Success : LoadArguments.Failed;
    }

    private static async Task<RunOutcome> RunOnceAsync(int run, PreparedDatabase prepared, LoadArguments arguments, string folder, CancellationToken cancellationToken)
    {
        var settings = prepared.CopyTo(folder);
        var app = await AppProcess.StartAsync(settings, cancellationToken);
        LoadResult load;
        HashSet<int> baseline;
        double? peak;
        double? cpu;
        double? other;
        try
        {
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, UseCookies = false, AllowAutoRedirect = false };
            using var client = new HttpClient(handler) { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
            var workload = await Workload.LoadAsync(client, cancellationToken);
            (var personSlug, baseline) = await prepared.WarmUpAsync(client, workload, cancellationToken);
            var (cpuBefore, machineBefore) = (app.CpuSeconds(), MachineCpu.Now());
            load = await new TaggingLoad(client, workload, prepared.Tokens, personSlug, arguments).RunAsync();
            cpu = app.CpuSeconds() - cpuBefore;
            other = MachineCpu.OtherPercent(machineBefore, MachineCpu.Now(), cpu);
            peak = app.PeakMemoryMiB();
        }
        finally
        {
            await app.StopAsync();
        }

        return new RunOutcome(run, load, baseline, await StoredCounts.ReadAsync(settings.DatabasePath), peak, cpu, other);
    }
}
