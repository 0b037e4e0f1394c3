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

    public static Placement Place(ArticleChange change, SpanToPlace span)
    {
        if (span.Exact.Trim().Length < MinQuoteLength)
        {
            return Orphan(span, 0);
        }

        var expected = Expectation.Of(change, span);
        var maxCost = (int)(EditDistance.Edit * span.Exact.Length * (1 - MatchScore.MinQuoteSimilarity));
        var found = new List<Candidate>();
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
                Collect(new QuoteSearch(k, change.New[k], span, expected, maxCost), from, to, found, depth: 1);
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
        var best = found[0];
        var rival = found.Skip(1).FirstOrDefault(c => !c.Overlaps(best));
        var clear = rival is null || best.Score - rival.Score >= MatchScore.AmbiguityMargin;
        if (best.Score < MatchScore.Threshold || !clear)
        {
            return Orphan(span, best.Score);
        }

        var (prefix, suffix) = TextUnits.ContextAround(best.Text, best.Start, best.End);
        return new Placement(span.Key, AnchorState.Reanchored, AnchorRule.Approximate, best.Paragraph, best.Start, best.End, best.Text[best.Start..best.End], prefix, suffix, best.Score);
    }

    /// <summary>The best match in the window, then (once) the best on either side of it, so a rival is never missed.</summary>
    private static void Collect(QuoteSearch search, int from, int to, List<Candidate> found, int depth)
    {
        if (to - from <= 0 || EditDistance.Search(search.Span.Exact, search.Text, from, to, search.MaxCost) is not { } hit)
        {
            return;
        }

        if (!search.CanCompete(hit))
        {
            return; // the closest substring here cannot come within the margin of the threshold, so nothing here can
        }

        if (search.Score(hit) is { } candidate)
        {
            found.Add(candidate);
        }

        if (depth > 0)
        {
            Collect(search, from, hit.Start, found, depth - 1);
            Collect(search, hit.End, to, found, depth - 1);
        }
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
