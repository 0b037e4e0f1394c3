using System.Globalization;

namespace NewsReader.LoadBench;

/// <summary>The parsed command line: <c>[--app DLL] [--runs N] [--writers N] [--readers N] [--writes N] [--max-seconds N]</c>.</summary>
internal sealed record LoadArguments(string AppDll, string SeedsFolder, int Runs, int Writers, int Readers, int WritesPerWriter, int MaxSeconds, bool Keep)
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int UsageError = 2;

    public const string Usage = """
        Usage: dotnet run -c Release --project bench/NewsReader.LoadBench -- [options]
               dotnet run -c Release --project bench/NewsReader.LoadBench -- annotate URL TOKEN COUNT
               dotnet run -c Release --project bench/NewsReader.LoadBench -- free-port

          --app DLL          the app to start (default: src/NewsReader.Web/bin/Release/net10.0/NewsReader.Web.dll;
                             build it with 'dotnet build -c Release src/NewsReader.Web' or publish it)
          --runs N           measured runs, each on a fresh copy of the prepared database (default: 3)
          --writers N        concurrent writer tasks, one user and token each (default: 16)
          --readers N        concurrent reader tasks (default: 16)
          --writes N         annotations each writer posts (default: 200)
          --max-seconds N    a run stops issuing requests after this long, finished or not (default: 180)
          --keep             keep the temporary folder (databases, app output and logs) even when all runs pass

        Starts the app in Production on 127.0.0.1 with a temporary database, creates the users with the
        app's 'users add --token' command, then per run: writers POST annotations while readers GET the
        article and a person page; afterwards it counts the annotations in the database file.
        Exit code 0 when every run passed its checks (no 5xx, no "database is locked", stored = 201s).

        annotate posts COUNT annotations of the same mix to the seed article of an app already running at
        URL; free-port prints a TCP port free on 127.0.0.1 (bench/load/read-bench.sh uses both).
        """;

    /// <summary>The arguments, or null with <paramref name="error"/> set (empty when help was asked for).</summary>
    public static LoadArguments? Parse(IReadOnlyList<string> args, string? repositoryRoot, out string? error)
    {
        error = null;
        string? app = null;
        var keep = false;
        var numbers = new Dictionary<string, int>
        {
            ["--runs"] = 3,
            ["--writers"] = 16,
            ["--readers"] = 16,
            ["--writes"] = 200,
            ["--max-seconds"] = 180,
        };
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "-h" or "--help")
            {
                error = string.Empty;
                return null;
            }

            if (arg == "--keep")
            {
                keep = true;
                continue;
            }

            if (i + 1 >= args.Count)
            {
                error = $"{arg} needs a value.";
                return null;
            }

            if (arg == "--app")
            {
                app = args[++i];
            }
            else if (numbers.ContainsKey(arg))
            {
                if (!int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
                {
                    error = $"{arg} needs a whole number of at least 1.";
                    return null;
                }

                numbers[arg] = value;
            }
            else
            {
                error = $"unknown option {arg}.";
                return null;
            }
        }

        if (repositoryRoot is null)
        {
            error = "run this from inside the NewsReader checkout (the seeds/ folder is needed).";
            return null;
        }

        app = Path.GetFullPath(app ?? Path.Combine(repositoryRoot, "src", "NewsReader.Web", "bin", "Release", "net10.0", "NewsReader.Web.dll"));
        if (!File.Exists(app))
        {
            error = $"{app} does not exist: build the app first (dotnet build -c Release src/NewsReader.Web) or pass --app.";
            return null;
        }

        return new LoadArguments(app, Path.Combine(repositoryRoot, "seeds"), numbers["--runs"], numbers["--writers"], numbers["--readers"], numbers["--writes"], numbers["--max-seconds"], keep);
    }

    /// <summary>The nearest folder at or above <paramref name="start"/> holding NewsReader.sln.</summary>
    public static string? FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsReader.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
