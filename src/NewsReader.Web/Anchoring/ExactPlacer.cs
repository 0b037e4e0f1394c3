namespace NewsReader.Web.Anchoring;

/// <summary>Rules 1 and 2: the span's exact text is still there, with nothing to guess.</summary>
internal static class ExactPlacer
{
    /// <summary>
    /// Rule 1: the span's old paragraph exists unchanged in the new text, so its offsets still hold there.
    /// Of identical copies, the one that kept the old id wins, else the one nearest its old place.
    /// </summary>
    public static Placement? InUnchangedParagraph(ArticleChange change, SpanToPlace span)
    {
        var old = change.Old(span.ParagraphId);
        if (old is null || !OffsetsHold(old.Text, span))
        {
            return null;
        }

        var copies = change.WithText(old.Text);
        if (copies.Count == 0)
        {
            return null;
        }

        var kept = change.NewIndexOf(old.Id);
        var index = kept is { } k && copies.Contains(k) ? k : copies.MinBy(c => Math.Abs(c - change.RankOf(old)));
        return Found(change, span, AnchorRule.ParagraphUnchanged, index, span.Start);
    }

    /// <summary>
    /// Rule 2: the exact text occurs with its stored prefix before and suffix after in exactly one place.
    /// If it occurs so in several, one whose context is reproduced exactly (paragraph edges included) still wins.
    /// Failing both, context that differs only in typography (quotation marks curled, a dash or space
    /// changed) is the same context, so one place found that way is taken too.
    /// </summary>
    public static Placement? WithContext(ArticleChange change, SpanToPlace span)
    {
        var loose = new List<(int Index, int Start)>();
        var strict = new List<(int Index, int Start)>();
        var plain = new List<(int Index, int Start)>();
        for (var k = 0; k < change.New.Count; k++)
        {
            var text = change.New[k];
            for (var at = text.IndexOf(span.Exact, StringComparison.Ordinal); at >= 0; at = text.IndexOf(span.Exact, at + 1, StringComparison.Ordinal))
            {
                if (!ContextFits(text, at, span, typographic: true))
                {
                    continue;
                }

                plain.Add((k, at));
                if (ContextFits(text, at, span, typographic: false))
                {
                    loose.Add((k, at));
                    if (TextUnits.ContextAround(text, at, at + span.Exact.Length) == (span.Prefix, span.Suffix))
                    {
                        strict.Add((k, at));
                    }
                }
            }
        }

        var only = loose.Count == 1 ? loose[0] : strict.Count == 1 ? strict[0] : plain.Count == 1 ? plain[0] : ((int, int)?)null;
        return only is var (index, start) ? Found(change, span, AnchorRule.ExactWithContext, index, start) : null;
    }

    /// <summary>
    /// Rule 3b, for a name that rules 1 to 3 would orphan because the words around it were rewritten: a
    /// proper name of two or more capitalised words ("Mr Panke", "Bill Clinton") that the old paragraph
    /// had once and the paragraph in its place has once, where that paragraph is new text (a rewrite) and
    /// not a neighbour that continues another old paragraph: when a paragraph is deleted, the same person
    /// named in the next one is another mention.
    /// Anything else found without its surroundings (a common word, a single name, a phrase) may be new
    /// text that happens to repeat it, so it stays an orphan rather than be guessed.
    /// </summary>
    public static Placement? SoleNameInExpectedParagraph(ArticleChange change, SpanToPlace span)
    {
        var old = change.Old(span.ParagraphId);
        if (old is null || !IsProperName(span.Exact) || Count(old.Text, span.Exact) != 1)
        {
            return null;
        }

        var rank = change.RankOf(old);
        var index = Expectation.Of(change, span)?.Index ?? (rank < change.New.Count ? rank : -1);
        var text = index < 0 || change.ContinuesAnOldParagraph(index) ? string.Empty : change.New[index];
        var at = text.IndexOf(span.Exact, StringComparison.Ordinal);
        if (at < 0 || Count(text, span.Exact) != 1 || TextUnits.SplitsPair(text, at) || TextUnits.SplitsPair(text, at + span.Exact.Length))
        {
            return null;
        }

        return Found(change, span, AnchorRule.SoleInParagraph, index, at);
    }

    // Two to five words, each starting with a capital letter: how a person is named in news text.
    private static bool IsProperName(string exact)
    {
        var words = exact.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 5 && words.All(w => char.IsUpper(w[0]) && w.Skip(1).All(c => char.IsLetter(c) || c is '-' or '\'' or '\u2019' or '.'));
    }

    private static int Count(string text, string exact)
    {
        var count = 0;
        for (var at = text.IndexOf(exact, StringComparison.Ordinal); at >= 0; at = text.IndexOf(exact, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static bool ContextFits(string text, int at, SpanToPlace span, bool typographic)
    {
        if (TextUnits.SplitsPair(text, at) || TextUnits.SplitsPair(text, at + span.Exact.Length))
        {
            return false;
        }

        var end = at + span.Exact.Length;
        return typographic
            ? at >= span.Prefix.Length && end + span.Suffix.Length <= text.Length
                && SamePlain(text, at - span.Prefix.Length, span.Prefix) && SamePlain(text, end, span.Suffix)
            : text.AsSpan(0, at).EndsWith(span.Prefix, StringComparison.Ordinal)
                && text.AsSpan(end).StartsWith(span.Suffix, StringComparison.Ordinal);
    }

    private static bool SamePlain(string text, int at, string expected)
    {
        for (var i = 0; i < expected.Length; i++)
        {
            if (TextUnits.Typographic(text[at + i]) != TextUnits.Typographic(expected[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool OffsetsHold(string text, SpanToPlace span) =>
        span.Start >= 0 && span.Start < span.End && span.End <= text.Length
        && text.AsSpan(span.Start, span.End - span.Start).SequenceEqual(span.Exact)
        && !TextUnits.SplitsPair(text, span.Start) && !TextUnits.SplitsPair(text, span.End);

    private static Placement Found(ArticleChange change, SpanToPlace span, AnchorRule rule, int index, int start)
    {
        var end = start + span.Exact.Length;
        var (prefix, suffix) = TextUnits.ContextAround(change.New[index], start, end);
        return new Placement(span.Key, AnchorState.Anchored, rule, index, start, end, span.Exact, prefix, suffix, 1);
    }
}
