using System.Globalization;

namespace NewsReader.Bench;

/// <summary>The parsed command line: <c>[--runs N] [--profile] FOLDER</c>.</summary>
internal sealed record BenchArguments(string Folder, int Runs, bool Profile)
{
    public const int DefaultRuns = 5;
    public const int Success = 0;
    public const int UsageError = 2;

    public const string Usage = """
        Usage: dotnet run -c Release --project bench/NewsReader.Bench -- [--runs N] [--profile] FOLDER

          FOLDER     a folder of *.txt articles (searched recursively), e.g. a copy of the BBC corpus
          --runs N   timed runs of each path after one untimed warm-up (default: 5)
          --profile  then one more EF run split into phases (read, parse, import) and SQL commands

        Each run ingests FOLDER into a fresh temporary SQLite file twice, alternating: once through the
        app's ArticleIngestor (EF Core) and once through raw prepared Microsoft.Data.Sqlite inserts (the floor).
        """;

    /// <summary>The arguments, or null with <paramref name="error"/> set when they are unusable (empty when help was asked for).</summary>
    public static BenchArguments? Parse(IReadOnlyList<string> args, out string? error)
    {
        error = null;
        string? folder = null;
        var runs = DefaultRuns;
        var profile = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--runs")
            {
                if (i + 1 >= args.Count || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out runs) || runs < 1)
                {
                    error = "--runs needs a whole number of at least 1.";
                    return null;
                }

                i++;
            }
            else if (arg == "--profile")
            {
                profile = true;
            }
            else if (arg.StartsWith('-'))
            {
                error = arg is "-h" or "--help" ? string.Empty : $"unknown option {arg}.";
                return null;
            }
            else if (folder is null)
            {
                folder = arg;
            }
            else
            {
                error = $"only one FOLDER is accepted (got {folder} and {arg}).";
                return null;
            }
        }

        if (folder is null)
        {
            error = "no FOLDER given.";
            return null;
        }

        if (!Directory.Exists(folder))
        {
            error = $"no such folder: {folder} (relative paths start at {Environment.CurrentDirectory})";
            return null;
        }

        return new BenchArguments(Path.GetFullPath(folder), runs, profile);
    }
}
