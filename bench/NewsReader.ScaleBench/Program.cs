namespace NewsReader.ScaleBench;

/// <summary>
/// Issue 12's 100,000-article benchmark, the parts that need the app's code: writing the corpus, and the
/// untimed setup of its database after the timed ingest. <c>bench/load/read-bench.sh --scale</c> runs them
/// and measures. A type with Main rather than top-level statements: the web project already exposes a
/// global <c>Program</c>.
/// </summary>
internal static class Program
{
    private const string Usage = """
        Usage: dotnet NewsReader.ScaleBench.dll COMMAND ...

          generate --corpus DIR [--count N] [--seed S] OUT_DIR
              writes N articles (default 100,000) made from the corpus's section folders into OUT_DIR/SECTION/:
              copies with retitled headlines, paragraphs after the first swapped and numbers changed;
              the same corpus, count and seed always give the same files
          accept --db FILE [--people N] [--annotations N] [--topics N] [--min-confidence X]
              accepts pending suggestions through the app's SuggestionReview until FILE holds N annotations
              (default 50,000) over the N people (default 2,000) with the most suggestions at confidence >= X
              (default 0.8); then tags --topics articles (default annotations / 25) with a topic.
              Runs with synchronous=OFF: untimed setup.
          stats --db FILE
              key=value lines: counts, database size, and the people, article and words to measure
          reset-postgres --server CONNECTION_STRING [--database NAME]
              drops and creates the PostgreSQL database NAME (default newsreader_bench) for copy-db to fill,
              and prints the connection string to it

        Exit codes: 0 done, 2 usage error.
        """;

    private static readonly Dictionary<string, string[]> KnownOptions = new()
    {
        ["generate"] = ["--corpus", "--count", "--seed"],
        ["accept"] = ["--db", "--people", "--annotations", "--topics", "--min-confidence"],
        ["stats"] = ["--db"],
        ["reset-postgres"] = ["--server", "--database"],
    };

    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? Console.Error : Console.Out).WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        if (!KnownOptions.TryGetValue(args[0], out var known))
        {
            await Console.Error.WriteLineAsync($"scalebench: unknown command {args[0]}\n\n{Usage}");
            return 2;
        }

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        try
        {
            var options = Options.Parse(args[1..], known, out var error) ?? throw new UsageException(error!);
            return args[0] switch
            {
                "generate" => Generator.Run(options, Console.Out),
                "accept" => await Acceptor.RunAsync(options, Console.Out, cancellation.Token),
                "reset-postgres" => await PostgresReset.RunAsync(options, Console.Out, cancellation.Token),
                _ => await Stats.RunAsync(options, Console.Out, cancellation.Token),
            };
        }
        catch (UsageException ex)
        {
            await Console.Error.WriteLineAsync($"scalebench {args[0]}: {ex.Message}\n\n{Usage}");
            return 2;
        }
    }
}
