using System.Diagnostics;
using System.Globalization;

namespace NewsReader.ReanchorBench;

/// <summary>
/// Issue 11's benchmark: how well annotations follow their text through a corpus of newsroom corrections,
/// and what re-ingesting the corrected corpus costs against its first ingest. A type with Main rather
/// than top-level statements: the web project already exposes a global <c>Program</c>.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var arguments = ReanchorArguments.Parse(args, out var error);
        if (arguments is null)
        {
            var help = string.IsNullOrEmpty(error);
            (help ? Console.Out : Console.Error).WriteLine(help ? ReanchorArguments.Usage : $"reanchor-bench: {error}\n{ReanchorArguments.Usage}");
            return help ? ReanchorArguments.Success : ReanchorArguments.UsageError;
        }

        if (!Directory.Exists(arguments.Folder))
        {
            // The corpus is not part of the repository; without it there is nothing to measure, which is not a failure.
            Console.WriteLine($"reanchor-bench: skipped: no corpus folder at {arguments.Folder}");
            return ReanchorArguments.Success;
        }

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true; // stop at the next file, so the temporary folder is still removed
            cancellation.Cancel();
        };

        var scratch = Directory.CreateTempSubdirectory("newsreader-reanchor-").FullName;
        try
        {
            return await RunAsync(arguments, scratch, Console.Out, cancellation.Token);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static async Task<int> RunAsync(ReanchorArguments arguments, string scratch, TextWriter output, CancellationToken cancellationToken)
    {
        string original = Path.Combine(scratch, "original"), edited = Path.Combine(scratch, "edited");
        string prepared = Path.Combine(scratch, "prepared.db"), annotated = Path.Combine(scratch, "annotated.db");
        EditScript.CopyFolder(arguments.Folder, original);
        output.WriteLine("# Re-anchoring benchmark");
        output.WriteLine();
        output.WriteLine($"- machine: {Report.Machine()}");
        output.WriteLine($"- corpus: {arguments.Folder}; seed {arguments.Seed}; {arguments.Runs} timed runs of each ingest");

        // 1. The first ingest, suggestions on (its time is a cold start: JIT, EF model, file cache).
        var (coldSeconds, coldSummary) = await Ingest.RunAsync(prepared, scratch, original, cancellationToken);
        output.WriteLine(Line($"- setup, first ingest (cold, not in the medians): {coldSeconds:0.000} s: {Ingest.Describe(coldSummary)}"));

        // 2. A reviewer accepts every confident suggestion.
        var stopwatch = Stopwatch.StartNew();
        List<ArticleBefore> before;
        await using (var services = BenchServices.Build(prepared, scratch, relaxedDurability: true))
        {
            var (accepted, failed) = await Tagger.AcceptConfidentAsync(services, cancellationToken);
            before = await Snapshot.BeforeAsync(services, cancellationToken);
            output.WriteLine(Line($"- setup, accepted {accepted:N0} suggestions at confidence >= {Tagger.MinConfidence} as annotations ({failed:N0} not accepted) in {stopwatch.Elapsed.TotalSeconds:0.0} s"));
        }

        BenchServices.CopyDatabase(prepared, annotated);

        // 3. The corrections, written over a second copy of the corpus.
        var edits = EditScript.Plan(before, arguments.Seed);
        EditScript.CopyFolder(original, edited);
        EditScript.Write(edited, edits);
        output.WriteLine($"- edit script: {edits.Count:N0} of {before.Count:N0} stored articles edited, one kind each; {before.Sum(a => a.Spans.Count):N0} annotations");

        // 4. The re-ingest that is judged (also the re-ingest path's warm-up), then every annotation classified.
        var (judgedSeconds, judgedSummary) = await Ingest.RunAsync(prepared, scratch, edited, cancellationToken);
        output.WriteLine(Line($"- judged re-ingest (not in the medians): {judgedSeconds:0.000} s: {Ingest.Describe(judgedSummary)}"));
        Classifier classifier;
        await using (var services = BenchServices.Build(prepared, scratch))
        {
            classifier = new Classifier(await Snapshot.AfterAsync(services, cancellationToken));
        }

        var editOf = edits.ToDictionary(e => e.Article.Id);
        foreach (var article in before)
        {
            classifier.Add(article, editOf.GetValueOrDefault(article.Id));
        }

        output.WriteLine();
        Report.Table(output, classifier);

        // 5. Timings: first ingests and re-ingests alternate, so machine noise falls on both alike.
        var (first, again) = await TimeAsync(arguments.Runs, scratch, original, edited, annotated, judgedSummary.ToString(), output, cancellationToken);
        output.WriteLine();
        Report.Timings(output, first, again);
        output.WriteLine($"- load average at the end: {Report.LoadAverage()}");
        Report.Cases(output, classifier);
        return classifier.Cases.Any(c => !Report.IsMissed(c)) || classifier.InvariantBreaches.Count > 0
            ? ReanchorArguments.Failed
            : ReanchorArguments.Success;
    }

    private static async Task<(List<double> First, List<double> Again)> TimeAsync(
        int runs, string scratch, string original, string edited, string annotated, string judged, TextWriter output, CancellationToken cancellationToken)
    {
        List<double> first = [], again = [];
        for (var run = 1; run <= runs; run++)
        {
            var fresh = Path.Combine(scratch, $"first-{run}.db");
            first.Add((await Ingest.RunAsync(fresh, scratch, original, cancellationToken)).Seconds);
            BenchServices.DeleteDatabase(fresh);

            var copy = Path.Combine(scratch, $"again-{run}.db");
            BenchServices.CopyDatabase(annotated, copy);
            var (seconds, summary) = await Ingest.RunAsync(copy, scratch, edited, cancellationToken);
            again.Add(seconds);
            BenchServices.DeleteDatabase(copy);
            if (summary.ToString() != judged)
            {
                // Re-anchoring is deterministic; a different outcome on the same input would make the judged run unrepresentative.
                output.WriteLine($"- run {run}: re-ingest differs from the judged one: {summary}");
            }
        }

        return (first, again);
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
