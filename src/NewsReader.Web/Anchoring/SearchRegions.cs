namespace NewsReader.Web.Anchoring;

/// <summary>
/// Which stretches of a paragraph the approximate search scans. A normal paragraph is scanned whole;
/// in a huge one (a 200 KB transcript) only windows around the quote's rare words and around the
/// expected offset are, so the cost stays proportional to the quote, not to the paragraph.
/// </summary>
internal static class SearchRegions
{
    /// <summary>Paragraphs up to this long (or 8 quote lengths) are scanned whole: a few hundred microseconds at most.</summary>
    private const int WholeParagraph = 4096;

    /// <summary>
    /// A word occurring more often than this in the paragraph does not narrow the search; if none of the
    /// quote's rare words is that rare, the search gives up (orphan) rather than risk missing a rival.
    /// </summary>
    private const int MaxWindows = 64;

    /// <returns>Sorted, disjoint [from, to) windows, or null when no rare word narrows a huge paragraph.</returns>
    public static List<(int From, int To)>? For(string text, int quoteLength, IReadOnlyList<string> rare, double? expectedRelative)
    {
        if (text.Length <= Math.Max(WholeParagraph, 8 * quoteLength))
        {
            return [(0, text.Length)];
        }

        // A match of the quote holding a word at `at` lies within a quote length (plus room for insertions) of it.
        var reach = (quoteLength * 3 / 2) + TextUnits.ContextLength;
        var centres = new List<int>();
        if (expectedRelative is { } r)
        {
            centres.Add((int)(r * text.Length));
        }

        var usable = false;
        foreach (var word in rare)
        {
            var at = Occurrences(text, word);
            if (at is not null)
            {
                centres.AddRange(at);
                usable = true;
            }
        }

        return usable ? Merge(centres, reach, text.Length) : null;
    }

    /// <summary>Where a word occurs, or null when it occurs too often to narrow the search.</summary>
    private static List<int>? Occurrences(string text, string word)
    {
        var found = new List<int>();
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            found.Add(at);
            if (found.Count > MaxWindows)
            {
                return null;
            }
        }

        return found;
    }

    private static List<(int From, int To)> Merge(List<int> centres, int reach, int length)
    {
        centres.Sort();
        var windows = new List<(int From, int To)>();
        foreach (var centre in centres)
        {
            int from = Math.Max(0, centre - reach), to = Math.Min(length, centre + reach);
            if (windows.Count > 0 && from <= windows[^1].To)
            {
                windows[^1] = (windows[^1].From, Math.Max(windows[^1].To, to));
            }
            else
            {
                windows.Add((from, to));
            }
        }

        return windows;
    }
}
