namespace NewsReader.Web.Anchoring;

/// <summary>
/// Decides which new paragraphs keep which old paragraph ids when an article's text changes, so a
/// paragraph that merely moved or was lightly edited keeps its row (and its links) instead of a new one.
/// </summary>
public static class ParagraphMatcher
{
    /// <summary>
    /// Word-bag Dice similarity at or above which an unmatched old and new paragraph count as the same
    /// paragraph edited. 0.5 keeps a paragraph with a sentence added or removed, either half of a split
    /// (each half shares 2/3 of the words) and a merge (2/3 for equal halves), yet two different
    /// paragraphs on one news story, which share names and stop words, rarely reach 0.4.
    /// </summary>
    public const double SameParagraphSimilarity = 0.5;

    /// <summary>
    /// Beyond this many old-by-new comparisons (a huge, heavily rewritten article) only paragraphs within
    /// <see cref="MaxDrift"/> places of each other are compared, to keep re-ingestion linear in practice.
    /// </summary>
    private const int MaxComparisons = 40_000;

    private const int MaxDrift = 50;

    /// <returns>For each new paragraph, the old id it keeps, or null when it is a new row. Each id is used at most once.</returns>
    public static IReadOnlyList<int?> Match(IReadOnlyList<OldParagraph> old, IReadOnlyList<string> @new)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(@new);
        var ordered = old.OrderBy(p => p.Ordinal).ToList();
        var oldToNew = new int?[ordered.Count];
        var newToOld = new int?[@new.Count];
        PairGreedily(IdenticalPairs(ordered, @new), oldToNew, newToOld);
        PairGreedily(EditedPairs(ordered, @new, oldToNew, newToOld), oldToNew, newToOld);
        return [.. newToOld.Select(rank => rank is { } r ? ordered[r].Id : (int?)null)];
    }

    /// <summary>Same text: every copy pairs with every copy, nearest position first, so copies pair in order.</summary>
    private static IEnumerable<Pair> IdenticalPairs(List<OldParagraph> ordered, IReadOnlyList<string> @new)
    {
        var byText = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var j = 0; j < @new.Count; j++)
        {
            if (!byText.TryGetValue(@new[j], out var list))
            {
                byText[@new[j]] = list = [];
            }

            list.Add(j);
        }

        for (var r = 0; r < ordered.Count; r++)
        {
            if (byText.TryGetValue(ordered[r].Text, out var copies))
            {
                foreach (var j in copies)
                {
                    yield return new Pair(r, j, 1, Math.Abs(r - j));
                }
            }
        }
    }

    private static IEnumerable<Pair> EditedPairs(List<OldParagraph> ordered, IReadOnlyList<string> @new, int?[] oldToNew, int?[] newToOld)
    {
        var oldLeft = Enumerable.Range(0, ordered.Count).Where(r => oldToNew[r] is null).ToList();
        var newLeft = Enumerable.Range(0, @new.Count).Where(j => newToOld[j] is null).ToList();
        var limitDrift = (long)oldLeft.Count * newLeft.Count > MaxComparisons;
        var newBags = newLeft.ToDictionary(j => j, j => Words.Bag(@new[j]));
        foreach (var r in oldLeft)
        {
            var oldBag = Words.Bag(ordered[r].Text);
            foreach (var j in newLeft.Where(j => !limitDrift || Math.Abs(r - j) <= MaxDrift))
            {
                var similarity = Words.Dice(oldBag, newBags[j]);
                if (similarity >= SameParagraphSimilarity)
                {
                    yield return new Pair(r, j, similarity, Math.Abs(r - j));
                }
            }
        }
    }

    /// <summary>Most similar first, then nearest position, then document order; each side is used once.</summary>
    private static void PairGreedily(IEnumerable<Pair> pairs, int?[] oldToNew, int?[] newToOld)
    {
        var sorted = pairs.ToList();
        sorted.Sort((a, b) => (b.Similarity, a.Distance, a.OldRank, a.NewIndex).CompareTo((a.Similarity, b.Distance, b.OldRank, b.NewIndex)));
        foreach (var pair in sorted)
        {
            if (oldToNew[pair.OldRank] is null && newToOld[pair.NewIndex] is null)
            {
                oldToNew[pair.OldRank] = pair.NewIndex;
                newToOld[pair.NewIndex] = pair.OldRank;
            }
        }
    }

    private readonly record struct Pair(int OldRank, int NewIndex, double Similarity, int Distance);
}
