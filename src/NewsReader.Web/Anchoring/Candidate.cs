namespace NewsReader.Web.Anchoring;

/// <summary>One distinct place an approximate search found, snapped to words and scored.</summary>
internal sealed record Candidate(int Paragraph, string Text, int Start, int End, double Score)
{
    public bool Overlaps(Candidate other) => Paragraph == other.Paragraph && Start < other.End && other.Start < End;
}

/// <summary>The fixed inputs of one span's search in one paragraph.</summary>
internal sealed record QuoteSearch(int Paragraph, string Text, SpanToPlace Span, Expectation? Expected, int MaxCost)
{
    /// <summary>Snaps a raw hit to word boundaries and scores it on quote, context and position.</summary>
    public Candidate? Score(Hit hit)
    {
        if (WordSnapper.Snap(Text, hit, Span) is not var (start, end))
        {
            return null;
        }

        var quote = EditDistance.Similarity(Span.Exact, Text[start..end]);
        var (prefix, suffix) = TextUnits.ContextAround(Text, start, end);
        var score = MatchScore.Combine(
            quote,
            MatchScore.Context(Span.Prefix, prefix, isPrefix: true),
            MatchScore.Context(Span.Suffix, suffix, isPrefix: false),
            Expected?.Position(Paragraph, start, Text.Length));
        return new Candidate(Paragraph, Text, start, end, score);
    }
}
