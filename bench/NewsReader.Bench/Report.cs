using System.Globalization;
using System.Runtime.InteropServices;

namespace NewsReader.Bench;

/// <summary>Writes the results as markdown, so the output can be pasted into a README as it is.</summary>
internal sealed class Report(TextWriter output)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public void WriteHeader(BenchArguments arguments, int fileCount)
    {
        output.WriteLine("## Ingestion benchmark");
        output.WriteLine();
        output.WriteLine(Format($"- Machine: {Environment.ProcessorCount} logical CPUs, {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture}), {RuntimeInformation.FrameworkDescription}"));
        output.WriteLine(Format($"- Corpus: `{arguments.Folder}`, {fileCount:N0} candidate files"));
        output.WriteLine(Format($"- {arguments.Runs} timed runs per path, EF and floor alternating, after one untimed warm-up of each"));
        output.WriteLine();
        output.WriteLine("| Run | Path | Seconds | Files/s | Paragraphs/s | New | Duplicate | Rejected | Articles | Paragraphs |");
        output.WriteLine("|----:|------|--------:|--------:|-------------:|----:|----------:|---------:|---------:|-----------:|");
    }

    public void WriteRun(RunResult r)
    {
        var c = r.Counts;
        output.WriteLine(Format($"| {r.Run} | {r.Path} | {r.Seconds:0.000} | {r.FilesPerSecond:N0} | {r.ParagraphsPerSecond:N0} | {c.New} | {c.Duplicate} | {c.Rejected} | {c.Articles} | {c.Paragraphs} |"));
    }

    public void WriteSummary(IReadOnlyList<RunResult> ef, IReadOnlyList<RunResult> floor)
    {
        output.WriteLine();
        output.WriteLine("| Path | Median s | Min s | Files/s (median) | Paragraphs/s (median) | Stored |");
        output.WriteLine("|------|---------:|------:|-----------------:|----------------------:|--------|");
        WriteSummaryRow("EF (ArticleIngestor)", ef);
        WriteSummaryRow("Floor (raw SQLite)", floor);
        output.WriteLine();

        var ratio = Median(ef, r => r.Seconds) / Median(floor, r => r.Seconds);
        output.WriteLine(Format($"**EF / floor (median seconds): {ratio:0.00}x**"));
        var sameCounts = ef.Concat(floor).Select(r => r.Counts.Key).Distinct().Count() == 1;
        output.WriteLine(sameCounts
            ? "Both paths stored the same articles and paragraphs in every run."
            : "WARNING: the paths (or runs) stored different counts; see the per-run table.");
    }

    private void WriteSummaryRow(string label, IReadOnlyList<RunResult> runs)
    {
        var counts = runs.Select(r => r.Counts.Key).Distinct().ToList();
        var stored = counts.Count == 1 ? counts[0] : "differs between runs";
        output.WriteLine(Format(
            $"| {label} | {Median(runs, r => r.Seconds):0.000} | {runs.Min(r => r.Seconds):0.000} | {Median(runs, r => r.FilesPerSecond):N0} | {Median(runs, r => r.ParagraphsPerSecond):N0} | {stored} |"));
    }

    private static double Median(IReadOnlyList<RunResult> runs, Func<RunResult, double> value)
    {
        var sorted = runs.Select(value).Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    // Invariant culture: the figures read the same whatever locale the machine runs in.
    private static string Format(FormattableString text) => text.ToString(Invariant);
}
