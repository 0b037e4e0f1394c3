using System.Globalization;

namespace NewsReader.ReanchorBench;

/// <summary>The parsed command line: <c>[--runs N] [--seed S] FOLDER</c>.</summary>
internal sealed record ReanchorArguments(string Folder, int Runs, int Seed)
{
    public const int DefaultRuns = 3;
    public const int DefaultSeed = 11;
    public const int Success = 0;
    public const int Failed = 1;
    public const int UsageError = 2;

    public const string Usage = """
        Usage: dotnet run -c Release --project bench/NewsReader.ReanchorBench -- [--runs N] [--seed S] FOLDER

          FOLDER     a folder of *.txt articles (searched recursively), e.g. ../shared/corpus/bbc
          --runs N   timed first ingests and re-ingests, alternating, after the measured setup (default: 3)
          --seed S   seed of the edit script: which articles are edited, how and where (default: 11)

        Ingests a copy of FOLDER with suggestions on, accepts every suggestion at or above 0.8 confidence,
        edits half the stored articles (one kind of newsroom correction each), ingests the edited copy,
        and checks where every annotation went against where the edit put its text.
        """;

    /// <summary>The arguments, or null with <paramref name="error"/> set (empty when help was asked for).</summary>
    public static ReanchorArguments? Parse(IReadOnlyList<string> args, out string? error)
    {
        error = null;
        string? folder = null;
        int runs = DefaultRuns, seed = DefaultSeed;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--runs" or "--seed")
            {
                if (i + 1 >= args.Count || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || (arg == "--runs" && value < 1))
                {
                    error = $"{arg} needs a whole number{(arg == "--runs" ? " of at least 1" : string.Empty)}.";
                    return null;
                }

                (runs, seed) = arg == "--runs" ? (value, seed) : (runs, value);
                i++;
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

        return new ReanchorArguments(Path.GetFullPath(folder), runs, seed);
    }
}
