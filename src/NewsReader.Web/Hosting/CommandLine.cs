namespace NewsReader.Web.Hosting;

/// <summary>
/// The app's subcommands (<c>dotnet run --project src/NewsReader.Web -- COMMAND ...</c>). Without a
/// command the web app runs. Exit codes: 0 success, 1 the command ran but reported failures, 2 usage error.
/// </summary>
public static class CommandLine
{
    public const int Success = 0;
    public const int Failures = 1;
    public const int UsageError = 2;

    private static readonly string[] Commands = ["ingest", "users", "backup", "suggest", "copy-db", "export", "help", "--help", "-h"];

    /// <summary>
    /// True when the first argument is a word rather than a host setting (<c>--urls=...</c>,
    /// <c>--urls X</c>, <c>urls=X</c>): a command, or a mistyped one that must not start the server.
    /// </summary>
    public static bool IsCommand(string[] args) =>
        args.Length > 0 && (Commands.Contains(args[0]) || (!args[0].StartsWith('-') && !args[0].Contains('=')));

    /// <summary>A configuration override such as <c>--ConnectionStrings:Default=Data Source=x.db</c>.</summary>
    public static bool IsSetting(string arg) => arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=') && arg.Length > 3;

    public static Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error) => args[0] switch
    {
        "ingest" => IngestCommand.RunAsync(args[1..], output, error),
        "users" => UsersCommand.RunAsync(args[1..], input, output, error),
        "backup" => BackupCommand.RunAsync(args[1..], output, error),
        "suggest" => SuggestCommand.RunAsync(args[1..], output, error),
        "copy-db" => CopyDbCommand.RunAsync(args[1..], output, error),
        "export" => ExportCommand.RunAsync(args[1..], output, error),
        "help" or "--help" or "-h" => Task.FromResult(PrintUsage(output, Success)),
        _ => Task.FromResult(Unknown(args[0], error)),
    };

    private static int Unknown(string command, TextWriter error)
    {
        error.WriteLine($"Unknown command '{Ingestion.LogText.Printable(command)}'. Without a command the web app starts; with one, it must be one of these:");
        return PrintUsage(error, UsageError);
    }

    public static int PrintUsage(TextWriter writer, int exitCode)
    {
        writer.WriteLine("""
            Usage:
              dotnet run --project src/NewsReader.Web                       serve the web app (http://localhost:5000)
              dotnet run --project src/NewsReader.Web -- ingest PATH...     ingest article files or folders (recursively, *.txt)

              dotnet run --project src/NewsReader.Web -- users add EMAIL [--admin] [--token] [--name NAME]
                                                                            create an account; the password is read from standard input
              dotnet run --project src/NewsReader.Web -- backup FILE        consistent copy of the database, safe while the app runs
              dotnet run --project src/NewsReader.Web -- suggest [SLUG...]  suggest quotes and people for every article (or those named)
              dotnet run --project src/NewsReader.Web -- copy-db --to-postgres "Host=...;Database=...;Username=...;Password=..."
                                                                            copy the database into an empty PostgreSQL one, ids kept
              dotnet run --project src/NewsReader.Web -- export --format jsonld [--article SLUG | --person SLUG | --topic SLUG] [--base URL] FILE
                                                                            annotations as W3C Web Annotation JSON-LD ('-' for standard output)

            Exit codes of ingest: 0 all files stored or unchanged, 1 some files rejected, 2 usage error.

            Configuration (appsettings.json, environment variables such as ConnectionStrings__Default,
            or arguments such as --ConnectionStrings:Default="Data Source=other.db"):
              Database:Provider           Sqlite (default) or Postgres
              ConnectionStrings:Default   connection string (default: Data Source=data/newsreader.db)
              Seed:Path                   folder ingested at start-up and watched (default: seeds)
              Ingestion:MaxFileBytes      larger files are rejected (default: 1048576)
              Ingestion:Suggest           suggest quotes and people for new and changed articles (default: true)
              PublicUrl                   the address readers use (https://news.example.org): exported annotations' IRIs
            """);
        return exitCode;
    }
}
