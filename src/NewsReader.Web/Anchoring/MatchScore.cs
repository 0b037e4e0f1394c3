namespace NewsReader.Web.Anchoring;

/// <summary>
/// How an approximate match is scored: quote, prefix and suffix similarity and expected position, in
/// the spirit of Hypothesis's quote matching (the quote weighs most, then the context, position breaks
/// ties), but with the context rescaled so that unrelated text counts as no evidence at all.
/// </summary>
public static class MatchScore
{
    /// <summary>
    /// A match is accepted at or above this score. With perfect context and position it admits a quote
    /// that kept two thirds of its characters (a typo fixed, words inserted or dropped); with unrelated context
    /// on both sides even an identical quote scores at most 0.70 and stays an orphan, because a phrase found
    /// again without its surroundings is as likely a different occurrence of the same words.
    /// </summary>
    public const double Threshold = 0.8;

    /// <summary>
    /// The best match must beat any other, non-overlapping match by this much, or the span is orphaned.
    /// 0.05 is one wrong character in a 12-character quote: below that the evidence cannot tell the two
    /// places apart. Position alone (same paragraph, 0.06 or more, versus elsewhere, 0) can decide.
    /// </summary>
    public const double AmbiguityMargin = 0.05;

    public const double QuoteWeight = 0.6;
    public const double PrefixWeight = 0.15;
    public const double SuffixWeight = 0.15;
    public const double PositionWeight = 0.1;

    /// <summary>
    /// Similarity of two unrelated 32-character snippets of English news text averages 0.15, and 99% are
    /// at most 0.31 (1,000 pairs from the seed article, see ContextBaselineTests); context at or below
    /// this baseline is no evidence, identical context is full evidence.
    /// </summary>
    public const double UnrelatedContextSimilarity = 0.35;

    /// <summary>What one side of the context says when the paragraph boundary leaves nothing to compare.</summary>
    public const double NoContextEvidence = 0.5;

    /// <summary>The lowest quote similarity worth searching for: below it no match can come within the margin of the threshold.</summary>
    internal const double MinQuoteSimilarity = (Threshold - AmbiguityMargin - PrefixWeight - SuffixWeight - PositionWeight) / QuoteWeight;

    /// <summary>The weighted score; without an expected position (an old orphan) position is left out and the rest renormalised.</summary>
    public static double Combine(double quote, double prefix, double suffix, double? position)
    {
        var sum = (QuoteWeight * quote) + (PrefixWeight * prefix) + (SuffixWeight * suffix);
        return position is { } p ? sum + (PositionWeight * p) : sum / (1 - PositionWeight);
    }

    /// <summary>
    /// Evidence in [0, 1] from one side of the context. Where a paragraph boundary cut one side shorter
    /// than the other, only the overlap is compared and the result is pulled towards neutral in
    /// proportion to how little was left to compare. Typography (<see cref="TextUnits.Typographic"/>) is ignored.
    /// </summary>
    public static double Context(string stored, string found, bool isPrefix)
    {
        var overlap = Math.Min(stored.Length, found.Length);

        // Both cut by the paragraph's edge at the same distance: the edge is some evidence, worth a few
        // characters of context, but only a few: many paragraphs end with "he said."
        var edge = stored.Length == found.Length && stored.Length < TextUnits.ContextLength ? EdgeWorth : 0;
        if (overlap + edge == 0)
        {
            return NoContextEvidence;
        }

        // Compared as plain text: context whose quotation marks were curled or whose dashes or spaces
        // were changed is the same context, and scoring it lower than none made a span take in the mark.
        var a = TextUnits.Plain(isPrefix ? stored[^overlap..] : stored[..overlap]);
        var b = TextUnits.Plain(isPrefix ? found[^overlap..] : found[..overlap]);
        var weight = Math.Min(1, (double)(overlap + edge) / TextUnits.ContextLength);
        return NoContextEvidence + ((Rescale(EditDistance.Similarity(a, b)) - NoContextEvidence) * weight);
    }

    /// <summary>
    /// A quote shorter than this (a name, a few words) is found by chance in unrelated text, so unless
    /// its context on the two sides adds up to at least one side's worth (<see cref="ShortQuoteContext"/>),
    /// its score is capped just under the threshold: it can block a rival but is never placed itself.
    /// </summary>
    public const int ShortQuote = TextUnits.ContextLength;

    /// <summary>The prefix plus suffix evidence a short quote needs: one side intact, or both half intact.</summary>
    public const double ShortQuoteContext = 1.0;

    /// <summary>How many characters of context a paragraph edge at the same place is worth.</summary>
    private const int EdgeWorth = 8;

    /// <summary>The weighted score, with the short-quote cap applied.</summary>
    public static double Of(int quoteLength, double quote, double prefix, double suffix, double? position)
    {
        var score = Combine(quote, prefix, suffix, position);
        return quoteLength < ShortQuote && prefix + suffix < ShortQuoteContext ? Math.Min(score, Threshold - 0.01) : score;
    }

    private static double Rescale(double similarity) =>
        Math.Clamp((similarity - UnrelatedContextSimilarity) / (1 - UnrelatedContextSimilarity), 0, 1);
}
