namespace NewsReader.Web.Anchoring;

/// <summary>
/// Turns a raw search hit into the best-scoring span near it. The cheapest substring is not always the
/// right one (with words reordered it may drop the span's first words), so, as Hypothesis matches a
/// quote's start and end separately, the start is chosen by full score (quote, prefix, position) for the
/// hit's end, then the end by full score (quote, suffix) for that start.
/// </summary>
internal static class MatchRefiner
{
    public static Candidate? Refine(QuoteSearch search, Hit hit)
    {
        var ends = new SpanEnds(search.Span);
        var reach = (2 * search.Span.Exact.Length) + 8;
        var start = Best(search, hit.End, forwards: false, Math.Min(reach, hit.End), i => ends.StartAllowed(search.Text, i));
        if (start is null)
        {
            return null;
        }

        var end = Best(search, start.Value.At, forwards: true, Math.Min(reach, search.Text.Length - start.Value.At), i => ends.EndAllowed(search.Text, i));
        return end is { } e ? new Candidate(search.Paragraph, search.Text, start.Value.At, e.At, e.Score) : null;
    }

    /// <summary>
    /// The hit itself when it is the quote verbatim on allowed ends, scored as it stands. The refined span
    /// can beat it by taking in new text next to it whose surroundings match the stored context (a
    /// sentence inserted before a quote); the placer then prefers this one, the words that were tagged.
    /// </summary>
    public static Candidate? Verbatim(QuoteSearch search, Hit hit)
    {
        var exact = search.Span.Exact;
        if (hit.Cost != 0 || hit.End - hit.Start != exact.Length || !search.Text.AsSpan(hit.Start, exact.Length).SequenceEqual(exact))
        {
            return null;
        }

        var ends = new SpanEnds(search.Span);
        return ends.StartAllowed(search.Text, hit.Start) && ends.EndAllowed(search.Text, hit.End)
            ? new Candidate(search.Paragraph, search.Text, hit.Start, hit.End, search.ScoreOf(hit.Start, hit.End, 1))
            : null;
    }

    /// <summary>The allowed other end, within reach of <paramref name="origin"/>, that gives the highest score.</summary>
    private static (int At, double Score)? Best(QuoteSearch search, int origin, bool forwards, int reach, Func<int, bool> allowed)
    {
        var distances = EditDistance.ToEveryLength(search.Span.Exact, search.Text, origin, forwards, reach);
        (int, double)? best = null;
        for (var n = 1; n <= reach; n++)
        {
            var at = forwards ? origin + n : origin - n;
            var quote = 1 - ((double)distances[n] / (EditDistance.Edit * Math.Max(n, search.Span.Exact.Length)));

            // Context is the costly part: skip it where even perfect context could not beat the best so far.
            if ((best is { } b && MatchScore.Combine(quote, 1, 1, 1) <= b.Item2) || !allowed(at))
            {
                continue;
            }

            var score = forwards ? search.ScoreOf(origin, at, quote) : search.ScoreOf(at, origin, quote);
            if (best is null || score > best.Value.Item2)
            {
                best = (at, score);
            }
        }

        return best;
    }
}
