namespace NewsReader.Web.Anchoring;

/// <summary>
/// Rule 3: an approximate search (Sellers' edit-distance DP) for the quote in the few paragraphs where
/// it can be: the expected one and its neighbours, and those sharing the quote's rarest words. Every
/// distinct place found is scored; the best is taken only if it clears the threshold and beats the
/// runner-up by the ambiguity margin, because a wrong placement is worse than an orphan.
/// </summary>
internal static class FuzzyPlacer
{
    /// <summary>How many of the quote's rarest words pick candidate paragraphs; three survive two typos.</summary>
    private const int RareWords = 3;

    /// <summary>Quotes shorter than this ("on", "US") are not searched for approximately: any two letters are found anywhere.</summary>
    public const int MinQuoteLength = 3;

    /// <summary>
    /// Competitive matches one span may have across its candidate paragraphs; each costs a search of its
    /// window. A real name is mentioned a few dozen times at most; beyond this the span is orphaned.
    /// </summary>
    private const int MaxCompetitiveHits = 128;

    public static Placement Place(ArticleChange change, SpanToPlace span)
    {
        if (span.Exact.Trim().Length < MinQuoteLength)
        {
            return Orphan(span, 0);
        }

        var expected = Expectation.Of(change, span);
        var maxCost = (int)(EditDistance.Edit * span.Exact.Length * (1 - MatchScore.MinQuoteSimilarity));
        var found = new List<Candidate>();
        var searches = 0;
        var rare = RarestWords(change, span.Exact);
        foreach (var k in CandidateParagraphs(change, rare, expected))
        {
            var regions = SearchRegions.For(change.New[k], span.Exact.Length, rare, expected?.At(k));
            if (regions is null)
            {
                return Orphan(span, 0); // too many look-alike places to rule out ambiguity cheaply
            }

            foreach (var (from, to) in regions)
            {
                if (!Collect(new QuoteSearch(k, change.New[k], span, expected, maxCost), from, to, found, ref searches))
                {
                    return Orphan(span, 0); // a name on every line: too many look-alike places to rule out ambiguity cheaply
                }
            }
        }

        return Decide(span, found);
    }

    private static Placement Decide(SpanToPlace span, List<Candidate> found)
    {
        if (found.Count == 0)
        {
            return Orphan(span, 0);
        }

        found.Sort((a, b) => b.Score.CompareTo(a.Score));
        var best = Preferred(span, found);
        var rival = found.FirstOrDefault(c => !c.Overlaps(best));
        var clear = rival is null || best.Score - rival.Score >= MatchScore.AmbiguityMargin;
        if (best.Score < MatchScore.Threshold || !clear)
        {
            return Orphan(span, best.Score);
        }

        var (prefix, suffix) = TextUnits.ContextAround(best.Text, best.Start, best.End);
        return new Placement(span.Key, AnchorState.Reanchored, AnchorRule.Approximate, best.Paragraph, best.Start, best.End, best.Text[best.Start..best.End], prefix, suffix, best.Score);
    }

    /// <summary>
    /// Of the best candidates, which to place: the best, unless the quote occurs verbatim where it is and
    /// scores within the ambiguity margin of it. Then the evidence cannot tell the two sets of ends apart,
    /// and the words that were tagged are the better guess than a span that took in text beside them.
    /// </summary>
    private static Candidate Preferred(SpanToPlace span, List<Candidate> sorted)
    {
        var best = sorted[0];
        if (best.IsVerbatim(span.Exact))
        {
            return best;
        }

        var verbatim = sorted.FirstOrDefault(c => c.Overlaps(best) && c.IsVerbatim(span.Exact));
        return verbatim is not null && best.Score - verbatim.Score < MatchScore.AmbiguityMargin ? verbatim : best;
    }

    /// <summary>
    /// Every place in the window that could score within the margin of the threshold: the closest match,
    /// then the same on either side of it, until no competitive match is left. A name mentioned five
    /// times is five candidates, so the right mention can win and a look-alike rival is never missed.
    /// </summary>
    /// <returns>False when the search budget ran out: the candidates found cannot rule out a rival.</returns>
    private static bool Collect(QuoteSearch search, int from, int to, List<Candidate> found, ref int searches)
    {
        var windows = new Stack<(int From, int To)>();
        windows.Push((from, to));
        while (windows.TryPop(out var window))
        {
            if (window.To - window.From <= 0 || EditDistance.Search(search.Span.Exact, search.Text, window.From, window.To, search.MaxCost) is not { } hit)
            {
                continue;
            }

            if (!search.CanCompete(hit))
            {
                continue; // the closest substring here cannot come within the margin of the threshold, so nothing here can
            }

            if (++searches > MaxCompetitiveHits)
            {
                return false;
            }

            if (search.Score(hit) is { } candidate)
            {
                found.Add(candidate);
            }

            if (MatchRefiner.Verbatim(search, hit) is { } verbatim)
            {
                found.Add(verbatim);
            }

            windows.Push((window.From, hit.Start));
            windows.Push((hit.End, window.To));
        }

        return true;
    }

    private static IEnumerable<int> CandidateParagraphs(ArticleChange change, IReadOnlyList<string> rare, Expectation? expected)
    {
        var set = new SortedSet<int>(rare.SelectMany(change.WithWord));
        if (expected is { } e)
        {
            for (var k = Math.Max(0, e.Index - 1); k <= Math.Min(change.New.Count - 1, e.Index + 1); k++)
            {
                set.Add(k);
            }
        }

        return set;
    }

    /// <summary>
    /// The quote's words that occur in the fewest new paragraphs, and in at most a quarter of them: a
    /// word found everywhere points nowhere, and would make every paragraph a candidate.
    /// </summary>
    private static List<string> RarestWords(ArticleChange change, string exact)
    {
        var common = Math.Max(2, change.New.Count / 4);
        return [.. Words.Tokenize(exact).Distinct().Select(w => (Word: w, Count: change.WithWord(w).Count))
            .Where(x => x.Count > 0 && x.Count <= common).OrderBy(x => x.Count).ThenByDescending(x => x.Word.Length).Take(RareWords).Select(x => x.Word)];
    }

    private static Placement Orphan(SpanToPlace span, double score) =>
        new(span.Key, AnchorState.Orphaned, AnchorRule.None, null, span.Start, span.End, span.Exact, span.Prefix, span.Suffix, score);
}
