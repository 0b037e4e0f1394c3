using System.Diagnostics;
using NewsReader.Web.Ingestion;

namespace NewsReader.Web.Hosting;

/// <summary>
/// <c>ingest PATH...</c>: the same ingestion the app runs, against the same database, safe to run
/// while the app serves (SQLite WAL). Rejected files are logged to the console with their reason;
/// on a terminal a progress line shows how far a long run has got.
/// </summary>
public static class IngestCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        // --Section:Key=value arguments override configuration, as they do for the web app.
        var settings = args.Where(CommandLine.IsSetting).ToArray();
        var paths = args.Where(a => !CommandLine.IsSetting(a)).ToArray();
        if (paths.Length == 0 || paths.Any(p => p.StartsWith('-')))
        {
            error.WriteLine(paths.Length == 0 ? "ingest: no PATH given." : $"ingest: unknown option {paths.First(p => p.StartsWith('-'))}.");
            return CommandLine.PrintUsage(error, CommandLine.UsageError);
        }

        var resolved = paths.Select(UserPaths.Resolve).ToList();
        var missing = paths.Where((_, i) => resolved[i] is null).ToList();
        if (missing.Count > 0)
        {
            error.WriteLine($"ingest: no such file or folder: {string.Join(", ", missing)} (relative paths start at {UserPaths.StartingDirectory})");
            return CommandLine.UsageError;
        }

        using var host = CommandHost.Build(settings);

        // Disposing the host flushes its logger, so every rejection reaches the log file before exit.
        if (!await CommandHost.TryInitializeDatabaseAsync(host, "ingest", error))
        {
            return CommandLine.Failures;
        }

        var ingestor = host.Services.GetRequiredService<ArticleIngestor>();
        var total = new IngestionSummary();
        var stopwatch = Stopwatch.StartNew();
        foreach (var path in resolved.OfType<string>())
        {
            using var progress = ProgressLine.For(output);
            var summary = await ingestor.IngestAsync(path, progress, CancellationToken.None);
            total.Add(summary);
            total.Suggestions = Combine(total.Suggestions, summary.Suggestions);
        }

        output.WriteLine($"Ingested {total.Files} files in {stopwatch.Elapsed.TotalSeconds:0.0} s: {total}");
        if (total.Suggestions is { } suggested)
        {
            output.WriteLine($"Suggestions: {suggested} ({suggested.Elapsed.TotalSeconds:0.0} s)");
        }
        return total.Rejected == 0 ? CommandLine.Success : CommandLine.Failures;
    }

    private static Reviewing.SuggestionRunSummary? Combine(Reviewing.SuggestionRunSummary? a, Reviewing.SuggestionRunSummary? b) =>
        a is null ? b : b is null ? a : new(
            a.Articles + b.Articles, a.Added + b.Added, a.Kept + b.Kept, a.Removed + b.Removed, a.SkippedReviewed + b.SkippedReviewed,
            a.SkippedTagged + b.SkippedTagged, a.PendingQuotes + b.PendingQuotes, a.PendingPeople + b.PendingPeople, a.Elapsed + b.Elapsed);
}
