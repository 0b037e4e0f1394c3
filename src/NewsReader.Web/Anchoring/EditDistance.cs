namespace NewsReader.Web.Anchoring;

/// <summary>A span of a paragraph found approximately, with its cost in half-edits.</summary>
internal readonly record struct Hit(int Start, int End, int Cost);

/// <summary>
/// Levenshtein distance counted in half-edits: a character that only differs by case, quote style or
/// dash style (see <see cref="TextUnits.Fold"/>) costs 1, any other substitution, insertion or deletion 2.
/// </summary>
internal static class EditDistance
{
    public const int Edit = 2;

    public static int Between(string a, string b)
    {
        var foldedA = Folded(a);
        var foldedB = Folded(b);
        var row = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            row[j] = j * Edit;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i * Edit;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                var cost = a[i - 1] == b[j - 1] ? 0 : foldedA[i - 1] == foldedB[j - 1] ? 1 : Edit;
                row[j] = Math.Min(diagonal + cost, Math.Min(above, row[j - 1]) + Edit);
                diagonal = above;
            }
        }

        return row[b.Length];
    }

    /// <summary>Folds once per string, not once per DP cell: folding is most of the cost of a cell.</summary>
    public static char[] Folded(string text)
    {
        var folded = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            folded[i] = TextUnits.Fold(text[i]);
        }

        return folded;
    }

    /// <summary>1 for identical strings, 0 when nothing is shared; folded differences count half.</summary>
    public static double Similarity(string a, string b)
    {
        var longest = Math.Max(a.Length, b.Length);
        return longest == 0 ? 1 : 1 - (double)Between(a, b) / (Edit * longest);
    }

    /// <summary>
    /// Distances from the pattern to every text stretch that starts at <paramref name="origin"/> and runs
    /// forwards (<paramref name="forwards"/>) or ends at it and runs backwards: result[n] is the distance
    /// to the n characters there. One DP pass gives them all, so a match's other end can be chosen freely.
    /// </summary>
    public static int[] ToEveryLength(string pattern, string text, int origin, bool forwards, int maxLength)
    {
        var m = pattern.Length;
        var foldedPattern = Folded(pattern);
        var foldedText = new char[maxLength];
        for (var n = 0; n < maxLength; n++)
        {
            foldedText[n] = TextUnits.Fold(forwards ? text[origin + n] : text[origin - n - 1]);
        }

        var row = new int[maxLength + 1];
        for (var n = 0; n <= maxLength; n++)
        {
            row[n] = n * Edit;
        }

        for (var i = 1; i <= m; i++)
        {
            var p = forwards ? pattern[i - 1] : pattern[m - i];
            var fp = forwards ? foldedPattern[i - 1] : foldedPattern[m - i];
            var diagonal = row[0];
            row[0] = i * Edit;
            for (var n = 1; n <= maxLength; n++)
            {
                var t = forwards ? text[origin + n - 1] : text[origin - n];
                var above = row[n];
                var cost = p == t ? 0 : fp == foldedText[n - 1] ? 1 : Edit;
                row[n] = Math.Min(diagonal + cost, Math.Min(above, row[n - 1]) + Edit);
                diagonal = above;
            }
        }

        return row;
    }

    /// <summary>
    /// Sellers' approximate substring search: the substring of text[from..to) closest to the pattern
    /// (leftmost on ties), or null when none costs at most <paramref name="maxCost"/>. Each cell carries
    /// the start of its alignment, so one pass over two columns gives both ends in O(pattern x window).
    /// </summary>
    public static Hit? Search(string pattern, string text, int from, int to, int maxCost)
    {
        var m = pattern.Length;
        var folded = Folded(pattern);
        var cost = new int[m + 1];
        var start = new int[m + 1];
        for (var i = 0; i <= m; i++)
        {
            (cost[i], start[i]) = (i * Edit, from);
        }

        // Ukkonen's cut-off: rows below `last` already cost more than maxCost, so the column stops there.
        var last = Math.Min(m, maxCost / Edit);
        Hit? best = null;
        for (var j = from; j < to; j++)
        {
            var limit = Math.Min(m, last + 1);
            Step(pattern, folded, text[j], j, cost, start, limit);
            last = limit;
            while (last > 0 && cost[last] > maxCost)
            {
                last--;
            }

            if (last == m && (best is null || cost[m] < best.Value.Cost) && start[m] <= j)
            {
                best = new Hit(start[m], j + 1, cost[m]);
            }
        }

        return best;
    }

    /// <summary>Advances the column by one text character, down to row <paramref name="limit"/>: substitution first, then deletion, then insertion.</summary>
    private static void Step(string pattern, char[] folded, char t, int j, int[] cost, int[] start, int limit)
    {
        var ft = TextUnits.Fold(t);
        int diagonalCost = cost[0], diagonalStart = start[0];
        (cost[0], start[0]) = (0, j + 1);
        for (var i = 1; i <= limit; i++)
        {
            int leftCost = cost[i], leftStart = start[i];
            var substitution = pattern[i - 1] == t ? 0 : folded[i - 1] == ft ? 1 : Edit;
            int bestCost = diagonalCost + substitution, bestStart = diagonalStart;
            if (cost[i - 1] + Edit < bestCost)
            {
                (bestCost, bestStart) = (cost[i - 1] + Edit, start[i - 1]);
            }

            if (leftCost + Edit < bestCost)
            {
                (bestCost, bestStart) = (leftCost + Edit, leftStart);
            }

            (cost[i], start[i]) = (bestCost, bestStart);
            (diagonalCost, diagonalStart) = (leftCost, leftStart);
        }
    }
}
