using System.Globalization;

namespace NewsReader.FaultBench;

/// <summary>
/// <c>COMMAND [--name value]... [POSITIONAL]...</c>. Every option takes a value; unknown options are
/// errors so a typo never silently runs the default.
/// </summary>
internal sealed class Arguments
{
    public const int Success = 0;
    public const int Failures = 1;
    public const int UsageError = 2;

    public const string Usage = """
        usage: NewsReader.FaultBench COMMAND --app PATH/NewsReader.Web.dll [options]

          ingest-kill  --app DLL [--rounds 5] [--seed N] [--expect ARTICLES,PARAGRAPHS,DUPLICATES] CORPUS
                       SIGKILL `ingest CORPUS` mid-run, check the database, finish the ingest.
          startup-kill --app DLL [--rounds 2] [--seed N] [--wait 30] CORPUS
                       SIGKILL `ingest` while EF's migration lock row is held, then check that the
                       next `ingest` and the next web start still finish within --wait seconds.
          web-kill     --app DLL --seeds DIR [--rounds 4] [--writers 8] [--seed N]
                       SIGKILL the web app under concurrent annotation writes; every 201 must survive.
          storage      --app DLL --seeds DIR
                       a real full disk (small tmpfs) and a real read-only database (chattr +i)
                       under the running web app: 503, log line, reads work, recovery without restart.

        Exit code 0 when every check passed, 1 when one failed, 2 for a usage error.
        """;

    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["ingest-kill"] = ["app", "rounds", "seed", "expect"],
        ["startup-kill"] = ["app", "rounds", "seed", "wait"],
        ["web-kill"] = ["app", "seeds", "rounds", "writers", "seed"],
        ["storage"] = ["app", "seeds"],
    };

    private readonly Dictionary<string, string> _options;

    private Arguments(string command, Dictionary<string, string> options, List<string> positionals)
    {
        Command = command;
        _options = options;
        Positionals = positionals;
    }

    public string Command { get; }

    public IReadOnlyList<string> Positionals { get; }

    public static Arguments? Parse(string[] args, out string error)
    {
        error = string.Empty;
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            return null;
        }

        if (!Allowed.TryGetValue(args[0], out var names))
        {
            error = $"unknown command '{args[0]}'.";
            return null;
        }

        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var positionals = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                positionals.Add(args[i]);
                continue;
            }

            var name = args[i][2..];
            if (!names.Contains(name))
            {
                error = $"{args[0]}: unknown option --{name}.";
                return null;
            }

            if (i + 1 >= args.Length)
            {
                error = $"{args[0]}: --{name} needs a value.";
                return null;
            }

            options[name] = args[++i];
        }

        var parsed = new Arguments(args[0], options, positionals);
        if (parsed.Text("app") is not { } app || !File.Exists(app))
        {
            error = $"{args[0]}: --app must name the app's NewsReader.Web.dll (build or publish it first).";
            return null;
        }

        return parsed;
    }

    public string? Text(string name) => _options.TryGetValue(name, out var value) ? value : null;

    public string App => Path.GetFullPath(Text("app")!);

    public int Number(string name, int fallback, int min, int max)
    {
        if (Text(name) is not { } text)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new ArgumentException($"--{name} must be a whole number from {min} to {max}.");
        }

        return value;
    }

    /// <summary>The one folder the command needs, as an absolute path; throws when it is missing.</summary>
    public string Folder(string? option, string what)
    {
        var value = option is null ? Positionals.FirstOrDefault() : Text(option);
        if (string.IsNullOrEmpty(value) || !Directory.Exists(value))
        {
            throw new ArgumentException($"{Command}: {what} '{value}' is not a folder.");
        }

        return Path.GetFullPath(value);
    }

    public Random CreateRandom()
    {
        var seed = Number("seed", Environment.TickCount & 0x7FFFFFFF, 0, int.MaxValue);
        Console.WriteLine($"random seed {seed} (repeat with --seed {seed})");
        return new Random(seed);
    }
}
