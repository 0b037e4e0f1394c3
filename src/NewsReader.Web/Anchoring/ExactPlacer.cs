namespace NewsReader.Web.Anchoring;

/// <summary>Rules 1 and 2: the span's exact text is still there, with nothing to guess.</summary>
internal static class ExactPlacer
{
    /// <summary>
    /// Rule 1: the span's old paragraph exists unchanged in the new text, so its offsets still hold there.
    /// Of identical copies, the one that kept the old id wins, else the one nearest its old place. A copy
    /// that continues another old paragraph with the same text is that paragraph's, not this one's: when
    /// one of two identical paragraphs (a repeated list line) is rewritten, its spans do not jump to the other.
    /// </summary>
    public static Placement? InUnchangedParagraph(ArticleChange change, SpanToPlace span)
    {
        var old = change.Old(span.ParagraphId);
        if (old is null || !OffsetsHold(old.Text, span))
        {
            return null;
        }

        var copies = change.WithText(old.Text).Where(c => !change.ContinuesAnotherParagraph(c, old.Id)).ToList();
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
        if (only is not var (index, start))
        {
            return null;
        }

        // One place now, but if the old text had the same words in the same context twice (two list lines
        // alike), that place may be the other one's: only the paragraph where this span is expected will do.
        return OldContextCount(change, span) > 1 && Expectation.Of(change, span)?.Index != index
            ? null
            : Found(change, span, AnchorRule.ExactWithContext, index, start);
    }

    /// <summary>
    /// Rule 3b, for a name or phrase that rules 1 to 3 would orphan because the words around it were
    /// rewritten: a proper name ("Mr Panke", "Bill Clinton", or one capitalised word inside a sentence such
    /// as "Cent"), or a phrase of three words or more found nowhere else in the article,
    /// that the paragraph in its place has once, where that paragraph is new text (a rewrite) and not a
    /// neighbour that continues another old paragraph: when a paragraph is deleted, the same person named
    /// in the next one is another mention. If the paragraphs name them several times, the rewrite kept
    /// every mention when the counts agree, and they pair in order; otherwise an old mention and a surviving
    /// one are paired only when each is clearly the other's nearest by relative place, and the mentions
    /// left unpaired stay orphans.
    /// </summary>
    public static Placement? SurvivorInRewrittenParagraph(ArticleChange change, SpanToPlace span)
    {
        var old = change.Old(span.ParagraphId);
        var phrase = IsPhrase(span.Exact);
        if (old is null || (!phrase && !IsProperName(change, old.Text, span.Start, span.Exact))
            || (phrase && change.New.Sum(p => Occurrences(p, span.Exact).Count) != 1))
        {
            return null; // a phrase must also be nowhere else in the article
        }

        var rank = change.RankOf(old);
        var index = Expectation.Of(change, span)?.Index ?? (rank < change.New.Count ? rank : -1);
        var text = index < 0 || change.ContinuesAnOldParagraph(index) ? string.Empty : change.New[index];
        var mentions = Occurrences(old.Text, span.Exact);
        var survivors = Occurrences(text, span.Exact);
        var own = mentions.IndexOf(span.Start);
        if (own < 0 || Paired(own, mentions, old.Text, survivors, text) is not { } n || (!phrase && !IsProperName(change, text, survivors[n], span.Exact)))
        {
            return null;
        }

        return Found(change, span, AnchorRule.SoleInParagraph, index, survivors[n]);
    }

    // The survivor an old mention pairs with: when the rewrite kept as many mentions as there were, the
    // one in the same order (a rewrite keeps the order of what it keeps); otherwise the mention and
    // survivor that are clearly each other's nearest by relative place, or none.
    private static int? Paired(int own, List<int> mentions, string oldText, List<int> survivors, string newText)
    {
        if (survivors.Count == mentions.Count)
        {
            return own;
        }

        return Nearest(Relative(mentions, oldText)[own], Relative(survivors, newText)) is { } n
            && Nearest(Relative(survivors, newText)[n], Relative(mentions, oldText)) == own ? n : null;
    }

    private static double[] Relative(List<int> starts, string text) => [.. starts.Select(at => (double)at / text.Length)];

    // The index of the place clearly nearest to the one given (by more than the margin), or null.
    private static int? Nearest(double place, double[] places)
    {
        var ranked = places.Select((p, i) => (Index: i, Distance: Math.Abs(p - place))).OrderBy(d => d.Distance).ToList();
        return ranked.Count > 0 && (ranked.Count == 1 || ranked[1].Distance - ranked[0].Distance > NearestMargin) ? ranked[0].Index : null;
    }

    /// <summary>How much nearer (as a share of the paragraph) one mention must be than the next to take the survivor.</summary>
    public const double NearestMargin = 0.02;

    // Two to five capitalised words (how a person is named in news text), or one capitalised word of three
    // letters or more that is a name: inside a sentence here, or, where it starts a sentence (a capital
    // there says nothing), written with its capital inside a sentence somewhere in the old article.
    private static bool IsProperName(ArticleChange change, string text, int at, string exact)
    {
        var words = exact.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var capitalised = words.All(w => char.IsUpper(w[0]) && w.Skip(1).All(c => char.IsLetter(c) || c is '-' or '\'' or '\u2019' or '.'));
        return capitalised && (words.Length is >= 2 and <= 5
            || (words.Length == 1 && exact.Length >= 3 && (InsideSentence(text, at, exact.Length) || change.OldParagraphs.Any(p => Occurrences(p.Text, exact).Any(o => InsideSentence(p.Text, o, exact.Length))))));
    }

    // Three words or more and 15 characters: a sentence or clause, which does not recur by chance.
    private static bool IsPhrase(string exact) =>
        exact.Length >= 15 && exact.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3;

    // After a word and a space, and a whole word ("Share" in "Shareholders" is not one).
    private static bool InsideSentence(string text, int at, int length)
    {
        var before = text[..at].TrimEnd();
        var after = at + length;
        return at > 0 && text[at - 1] == ' ' && before.Length > 0 && char.IsLetterOrDigit(before[^1])
            && (after >= text.Length || !char.IsLetterOrDigit(text[after]));
    }

    private static List<int> Occurrences(string text, string exact)
    {
        var found = new List<int>();
        for (var at = text.IndexOf(exact, StringComparison.Ordinal); at >= 0; at = text.IndexOf(exact, at + 1, StringComparison.Ordinal))
        {
            found.Add(at);
        }

        return found;
    }

    private static int OldContextCount(ArticleChange change, SpanToPlace span)
    {
        var count = 0;
        foreach (var paragraph in change.OldParagraphs)
        {
            var text = paragraph.Text;
            for (var at = text.IndexOf(span.Exact, StringComparison.Ordinal); at >= 0 && count < 2; at = text.IndexOf(span.Exact, at + 1, StringComparison.Ordinal))
            {
                count += ContextFits(text, at, span, typographic: true) ? 1 : 0;
            }
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
