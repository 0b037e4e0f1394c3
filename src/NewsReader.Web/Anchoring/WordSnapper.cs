namespace NewsReader.Web.Anchoring;

/// <summary>
/// Moves the ends of an approximate match onto word boundaries where the original span's ends were on
/// word boundaries, and never between the halves of a surrogate pair: a highlight never shows half a word.
/// </summary>
internal static class WordSnapper
{
    public static (int Start, int End)? Snap(string text, Hit hit, SpanToPlace span)
    {
        var (start, end) = TrimSpaces(text, hit.Start, hit.End, span.Exact);
        var startOnBoundary = TextUnits.IsWordBoundary(span.Prefix + span.Exact, span.Prefix.Length);
        var endOnBoundary = TextUnits.IsWordBoundary(span.Exact + span.Suffix, span.Exact.Length);
        (int, int)? best = null;
        var bestCost = int.MaxValue;
        foreach (var s in Choices(text, start, startOnBoundary))
        {
            foreach (var e in Choices(text, end, endOnBoundary))
            {
                var cost = s < e ? EditDistance.Between(span.Exact, text[s..e]) : int.MaxValue;
                var moved = Math.Abs(s - start) + Math.Abs(e - end);
                if (cost < bestCost || (cost == bestCost && best is { } b && moved < Math.Abs(b.Item1 - start) + Math.Abs(b.Item2 - end)))
                {
                    (best, bestCost) = ((s, e), cost);
                }
            }
        }

        return best;
    }

    /// <summary>An end that may stay where it is, or else the nearest boundary on either side.</summary>
    private static IEnumerable<int> Choices(string text, int at, bool wantBoundary)
    {
        bool Fits(int i) => wantBoundary ? TextUnits.IsWordBoundary(text, i) : !TextUnits.SplitsPair(text, i);
        if (Fits(at))
        {
            yield return at;
            yield break;
        }

        var left = at;
        while (left > 0 && !Fits(left))
        {
            left--;
        }

        var right = at;
        while (right < text.Length && !Fits(right))
        {
            right++;
        }

        yield return left;
        yield return right;
    }

    /// <summary>Drops white space the search picked up at either end when the original had none there.</summary>
    private static (int, int) TrimSpaces(string text, int start, int end, string exact)
    {
        if (exact.Length > 0 && !char.IsWhiteSpace(exact[0]))
        {
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }

        if (exact.Length > 0 && !char.IsWhiteSpace(exact[^1]))
        {
            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }
        }

        return (start, end);
    }
}
