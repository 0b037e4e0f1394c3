namespace NewsReader.Suggestions.Evaluation;

/// <summary>
/// How well confidence predicts being right: suggestions grouped in bins of confidence, each with the share
/// the gold agrees with. Calibrated means each bin's share is at least its lower bound; what matters most is
/// the top bin, since "accept all at or above 90%" accepts it unseen.
/// </summary>
public static class Reliability
{
    /// <summary>Lower bounds of the bins; the last runs to 1 inclusive.</summary>
    public static readonly IReadOnlyList<double> Bins = [0.0, 0.5, 0.6, 0.7, 0.8, 0.9];

    public sealed record Bin(double From, double To, int Count, int Right)
    {
        /// <summary>The share right, or null for an empty bin.</summary>
        public double? Share => Count == 0 ? null : (double)Right / Count;
    }

    public static IReadOnlyList<Bin> Of(IEnumerable<Outcome> outcomes)
    {
        var list = outcomes.ToList();
        return [.. Bins.Select((from, i) =>
        {
            var to = i + 1 < Bins.Count ? Bins[i + 1] : 1.0;
            var inBin = list.Where(o => o.Confidence >= from && (i + 1 < Bins.Count ? o.Confidence < to : o.Confidence <= to)).ToList();
            return new Bin(from, to, inBin.Count, inBin.Count(o => o.Right));
        })];
    }

    /// <summary>The share right among outcomes at or above <paramref name="threshold"/> (null when there are none).</summary>
    public static double? ShareAtOrAbove(IEnumerable<Outcome> outcomes, double threshold)
    {
        var above = outcomes.Where(o => o.Confidence >= threshold).ToList();
        return above.Count == 0 ? null : (double)above.Count(o => o.Right) / above.Count;
    }

    /// <summary>The table as text: a row a bin, a column pair (count, share right) a kind of suggestion.</summary>
    public static IEnumerable<string> Table(IReadOnlyList<(string Name, IReadOnlyList<Outcome> Outcomes)> kinds)
    {
        var binned = kinds.Select(k => (k.Name, Bins: Of(k.Outcomes))).ToList();
        yield return "  confidence  " + string.Join("  ", binned.Select(k => $"{k.Name,-18}"));
        for (var i = 0; i < Bins.Count; i++)
        {
            var bin = binned[0].Bins[i];
            var label = i + 1 < Bins.Count ? $"[{bin.From:0.0}, {bin.To:0.0})" : $"[{bin.From:0.0}, 1.0]";
            yield return $"  {label,-10}  " + string.Join("  ", binned.Select(k => Cell(k.Bins[i])));
        }

        yield return $"  {">= 0.9",-10}  " + string.Join("  ", kinds.Select(k =>
        {
            var above = k.Outcomes.Where(o => o.Confidence >= 0.9).ToList();
            return Cell(new Bin(0.9, 1, above.Count, above.Count(o => o.Right)));
        }));
    }

    private static string Cell(Bin bin) => $"{bin.Right,5}/{bin.Count,-5} {(bin.Share is { } share ? share.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) : "  -  "),-6}";
}
