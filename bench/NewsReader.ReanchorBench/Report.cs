using System.Globalization;
using System.Runtime.InteropServices;

namespace NewsReader.ReanchorBench;

/// <summary>Markdown output, pasteable as is.</summary>
internal static class Report
{
    private const int WrongPerGroup = 20;
    private const int MissedPerGroup = 3;

    public static string Machine() =>
        $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, load average {LoadAverage()}";

    /// <summary>The 1-, 5- and 15-minute load averages: the machine is shared, so timings need this beside them.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    public static void Table(TextWriter output, Classifier classifier)
    {
        output.WriteLine("| edit | articles | annotations | text verbatim | kept | moved | re-anchored | orphaned | wrong | of which bounds only | missed |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var total = new Tally();
        var groups = Enum.GetNames<EditKind>().Append(Classifier.NotEdited).Where(classifier.Tallies.ContainsKey);
        foreach (var group in groups)
        {
            var t = classifier.Tallies[group];
            Row(output, group, t);
            total.Articles += t.Articles;
            total.Annotations += t.Annotations;
            total.Verbatim += t.Verbatim;
            total.Kept += t.Kept;
            total.Moved += t.Moved;
            total.Reanchored += t.Reanchored;
            total.Orphaned += t.Orphaned;
            total.Wrong += t.Wrong;
            total.WrongBounds += t.WrongBounds;
            total.Missed += t.Missed;
        }

        Row(output, "**total**", total);
        output.WriteLine();
        output.WriteLine($"Placed annotations whose paragraph text[start..end] is not their exact text: {classifier.InvariantBreaches.Count}");
        foreach (var breach in classifier.InvariantBreaches.Take(10))
        {
            output.WriteLine($"- {breach}");
        }

        output.WriteLine($"Articles not stored as edited: {classifier.NotStoredAsEdited.Count}{(classifier.NotStoredAsEdited.Count > 0 ? " (" + string.Join(", ", classifier.NotStoredAsEdited.Take(10)) + ")" : string.Empty)}");
        output.WriteLine($"Goals: 0 wrong: **{Verdict(total.Wrong == 0)}** ({total.Wrong}); every annotation whose text survived verbatim found again: **{Verdict(total.Wrong + total.Missed == 0)}** ({total.Missed} missed)");
    }

    public static void Cases(TextWriter output, Classifier classifier)
    {
        if (classifier.Cases.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine($"## Wrong and missed annotations ({classifier.Cases.Count}; per edit kind at most {WrongPerGroup} wrong, then {MissedPerGroup} missed)");

        // Wrong ones first: they are the ones that must not happen, and each needs reading.
        var shown = classifier.Cases.GroupBy(c => c.Group).SelectMany(g =>
            g.Where(c => !IsMissed(c)).Take(WrongPerGroup).Concat(g.Where(IsMissed).Take(MissedPerGroup)));
        foreach (var c in shown)
        {
            output.WriteLine();
            output.WriteLine($"- **{c.Group}**, annotation {c.Span.AnnotationId}: {c.Why}");
            output.WriteLine($"  - tagged: old paragraph {c.Span.ParagraphIndex} [{c.Span.Start}..{c.Span.End}) \"{c.Span.Exact}\"");
            output.WriteLine($"  - old paragraph: \"{c.OldParagraph}\"");
            output.WriteLine($"  - expected: {c.Fate.Kind} at new paragraph {c.Fate.Paragraph} [{c.Fate.Start}..{c.Fate.End}){(c.ExpectedParagraph is null ? string.Empty : $" of \"{c.ExpectedParagraph}\"")}");
            output.WriteLine($"  - got: {c.After.State} \"{c.After.Exact}\" [{c.After.Start}..{c.After.End}){(c.PlacedParagraph is null ? string.Empty : $" in \"{c.PlacedParagraph}\"")}");
        }
    }

    public static void Timings(TextWriter output, IReadOnlyList<double> first, IReadOnlyList<double> again)
    {
        output.WriteLine("| run | first ingest s | re-ingest of the edited corpus s |");
        output.WriteLine("|---:|---:|---:|");
        for (var i = 0; i < first.Count; i++)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {i + 1} | {first[i]:0.000} | {again[i]:0.000} |"));
        }

        double a = Median(first), b = Median(again);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| **median** | **{a:0.000}** | **{b:0.000}** |"));
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Re-ingest / first ingest: **{b / a:0.00}x** (goal: at most 2x): **{Verdict(b <= 2 * a)}**"));
    }

    public static bool IsMissed(Case c) => c.Why.StartsWith("missed", StringComparison.Ordinal);

    private static void Row(TextWriter output, string name, Tally t) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {t.Articles:N0} | {t.Annotations:N0} | {t.Verbatim:N0} | {t.Kept:N0} | {t.Moved:N0} | {t.Reanchored:N0} | {t.Orphaned:N0} | {t.Wrong:N0} | {t.WrongBounds:N0} | {t.Missed:N0} |"));

    private static string Verdict(bool pass) => pass ? "PASS" : "FAIL";

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
