namespace NewsReader.Web.Anchoring;

/// <summary>
/// Decides where each annotation or suggestion goes when an article's text changes. Each span is tried
/// against the rules in order: its paragraph unchanged (<see cref="AnchorRule.ParagraphUnchanged"/>), its
/// exact text with its context in one place (<see cref="AnchorRule.ExactWithContext"/>), an approximate
/// match that clears <see cref="MatchScore.Threshold"/> unambiguously (<see cref="AnchorRule.Approximate"/>),
/// a proper name that its old paragraph and the paragraph where it is expected each have once
/// (<see cref="AnchorRule.SoleInParagraph"/>), or else it becomes an orphan. Pure: no database, no clock, no I/O.
/// </summary>
public static class SpanAnchorer
{
    /// <returns>One placement per span, in the order given.</returns>
    public static IReadOnlyList<Placement> Place(IReadOnlyList<OldParagraph> old, IReadOnlyList<string> @new, IReadOnlyList<SpanToPlace> spans)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(@new);
        ArgumentNullException.ThrowIfNull(spans);
        var change = new ArticleChange(old, @new);
        return [.. spans.Select(span => PlaceOne(change, span))];
    }

    private static Placement PlaceOne(ArticleChange change, SpanToPlace span)
    {
        if (string.IsNullOrEmpty(span.Exact))
        {
            // Nothing to look for: an empty span can only be an orphan.
            return new Placement(span.Key, AnchorState.Orphaned, AnchorRule.None, null, span.Start, span.End, span.Exact ?? string.Empty, span.Prefix, span.Suffix, 0);
        }

        var placed = ExactPlacer.InUnchangedParagraph(change, span)
            ?? ExactPlacer.WithContext(change, span)
            ?? Unclaimed(change, span, FuzzyPlacer.Place(change, span));
        return placed.State == AnchorState.Orphaned ? ExactPlacer.SurvivorInRewrittenParagraph(change, span) ?? placed : placed;
    }

    // An approximate match in a paragraph that continues another old paragraph, which had these words
    // itself, is that paragraph's own text (a repeated list line, the same name in the next paragraph).
    private static Placement Unclaimed(ArticleChange change, SpanToPlace span, Placement placed)
    {
        if (placed.NewParagraphIndex is not int index)
        {
            return placed;
        }

        var claimed = change.OldParagraphs.Any(old => old.Id != span.ParagraphId && change.NewIndexOf(old.Id) == index
            && old.Text.Contains(placed.Exact, StringComparison.Ordinal));
        return claimed
            ? new Placement(span.Key, AnchorState.Orphaned, AnchorRule.None, null, span.Start, span.End, span.Exact, span.Prefix, span.Suffix, placed.Score)
            : placed;
    }
}
