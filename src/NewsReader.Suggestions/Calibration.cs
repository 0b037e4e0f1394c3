namespace NewsReader.Suggestions;

/// <summary>
/// Turns a quote's raw score (how sure the quotation is a quote, times how sure its speaker is) into the
/// confidence shown to reviewers: the share of such suggestions that the dev gold sets found right, quote
/// and speaker together. A monotone piecewise-linear map through the figures of the reliability table
/// (bench/NewsReader.EvaluateSuggestions) on BBC dev and PolNeAR dev:
/// <code>
///   raw        right on PolNeAR dev   right on BBC dev   shown as
///   &lt; 0.5     0.53 (106)              1.00 (7)           below 0.55
///   0.5-0.6    0.86 (79)               1.00 (24)          0.70-0.78
///   0.6-0.7    0.87 (207)              1.00 (30)          0.78-0.84
///   0.7-0.8    0.92 (196)              1.00 (53)          0.84-0.90
///   0.8-0.9    0.97 (328)              1.00 (42)          0.90-0.96
/// </code>
/// so "accept all at or above 90%" takes only suggestions that were right at least 96% of the time there.
/// Refit when the rules change what the raw scores mean, from the table the evaluator prints.
/// </summary>
public static class Calibration
{
    private static readonly (double Raw, double Shown)[] QuoteKnots =
        [(0.0, 0.0), (0.5, 0.55), (0.5, 0.70), (0.6, 0.78), (0.7, 0.84), (0.8, 0.90), (0.9, 0.96), (1.0, 0.98)];

    /// <summary>The confidence shown for a quote with its speaker, from its raw score (both 0 to 1).</summary>
    public static double Quote(double raw)
    {
        raw = Math.Clamp(raw, 0, 1);
        for (var i = QuoteKnots.Length - 1; i > 0; i--)
        {
            var (fromRaw, fromShown) = QuoteKnots[i - 1];
            var (toRaw, toShown) = QuoteKnots[i];
            if (raw >= fromRaw && toRaw > fromRaw)
            {
                return raw >= toRaw ? toShown : fromShown + ((raw - fromRaw) / (toRaw - fromRaw) * (toShown - fromShown));
            }
        }

        return QuoteKnots[0].Shown;
    }
}
