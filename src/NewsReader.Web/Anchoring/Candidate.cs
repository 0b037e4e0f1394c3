namespace NewsReader.Web.Anchoring;

/// <summary>One distinct place an approximate search found, snapped to words and scored.</summary>
internal sealed record Candidate(int Paragraph, string Text, int Start, int End, double Score)
{
    public bool Overlaps(Candidate other) => Paragraph == other.Paragraph && Start < other.End && other.Start < End;

    /// <summary>Whether the place holds the quote character for character.</summary>
    public bool IsVerbatim(string exact) => End - Start == exact.Length && Text.AsSpan(Start, End - Start).SequenceEqual(exact);
}

/// <summary>The fixed inputs of one span's search in one paragraph.</summary>
internal sealed record QuoteSearch(int Paragraph, string Text, SpanToPlace Span, Expectation? Expected, int MaxCost)
{
    /// <summary>
    /// Whether the hit could score within the margin of the threshold with perfect context: the search
    /// found the closest substring, so no span around it resembles the quote more.
    /// </summary>
    public bool CanCompete(Hit hit)
    {
        var quote = 1 - ((double)hit.Cost / (EditDistance.Edit * Span.Exact.Length));
        return MatchScore.Combine(quote, 1, 1, Expected is null ? null : 1) >= MatchScore.Threshold - MatchScore.AmbiguityMargin;
    }

    /// <summary>The best span around a raw hit, its ends on allowed boundaries.</summary>
    public Candidate? Score(Hit hit) => MatchRefiner.Refine(this, hit);

    /// <summary>The weighted score of text[start..end) given its similarity to the quote.</summary>
    public double ScoreOf(int start, int end, double quote)
    {
        var (prefix, suffix) = TextUnits.ContextAround(Text, start, end);
        return MatchScore.Of(
            Span.Exact.Length,
            quote,
            MatchScore.Context(Span.Prefix, prefix, isPrefix: true),
            MatchScore.Context(Span.Suffix, suffix, isPrefix: false),
            Expected?.Position(Paragraph, start, Text.Length));
    }
}
