using NewsReader.Suggestions;

namespace NewsReader.Web.Search;

/// <summary>A person or topic that a name query can find; <paramref name="Tagged"/> is how many annotations name them.</summary>
public sealed record NameCandidate(int Id, string Slug, string Name, IReadOnlyList<string> Aliases, int Tagged = 0);

/// <summary>A candidate with its name keys computed, so a cached list is ranked without normalizing every name again.</summary>
public sealed class PreparedName
{
    internal PreparedName(NameCandidate candidate)
    {
        Candidate = candidate;
        Keys = NameRanker.CandidateKeys.For(candidate);
    }

    public NameCandidate Candidate { get; }

    /// <summary>The name's and aliases' keys (<see cref="NameKey"/>), words split.</summary>
    public NameRanker.CandidateKeys Keys { get; }

    public static PreparedName For(NameCandidate candidate) => new(candidate);
}

/// <summary>How a candidate matched; earlier members rank higher.</summary>
public enum NameMatch
{
    Exact,
    Prefix,
    Alias,
    CloseSpelling,
}

/// <summary>A candidate found by a query; <see cref="Distance"/> is the edit distance (0 unless close spelling).</summary>
public sealed record RankedName(NameCandidate Candidate, NameMatch Match, int Distance);

/// <summary>
/// Ranks people or topics for a type-ahead picker and for search. Names are compared by
/// <see cref="NameKey"/>, so case and diacritics do not matter. Tiers, best first:
/// <list type="number">
/// <item>Exact: the query is the whole name.</item>
/// <item>Prefix: the name, or one of its words, starts with the query ("pomp", "mike p").</item>
/// <item>Alias: an alias, or one of its words, starts with the query (an exact alias included).</item>
/// <item>CloseSpelling: the query is within a few edits (adjacent swaps count as one) of the name,
/// one of its words or an alias. A query of several words whose leading words match nothing
/// (a title: "Mr Pompeo") is also tried by its last word against the name's words, at one edit more.</item>
/// </list>
/// Within a tier: smaller distance, then the one tagged more often ("brown" finds Gordon Brown, tagged
/// a thousand times, before Zoe Brown, tagged twice), then shorter name, then name key (ordinal), then id.
/// </summary>
public static class NameRanker
{
    /// <summary>Longer queries are cut to this length: edit distance costs length times length.</summary>
    public const int MaxQueryLength = 200;

    public static IReadOnlyList<RankedName> Rank(string query, IEnumerable<NameCandidate> candidates, int limit = 10)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return Rank(query, candidates.Select(PreparedName.For), limit);
    }

    public static IReadOnlyList<RankedName> Rank(string query, IEnumerable<PreparedName> candidates, int limit = 10)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var queryKeys = QueryKeys.For(query);
        if (queryKeys is null || limit <= 0)
        {
            return [];
        }

        var found = new List<(RankedName Result, string Key)>();
        foreach (var prepared in candidates)
        {
            if (Match(queryKeys, prepared.Keys) is { } match)
            {
                found.Add((new RankedName(prepared.Candidate, match.Tier, match.Distance), prepared.Keys.Name));
            }
        }

        return [.. found
            .OrderBy(f => f.Result.Match)
            .ThenBy(f => f.Result.Distance)
            .ThenByDescending(f => f.Result.Candidate.Tagged)
            .ThenBy(f => f.Key.Length)
            .ThenBy(f => f.Key, StringComparer.Ordinal)
            .ThenBy(f => f.Result.Candidate.Id)
            .Take(limit)
            .Select(f => f.Result)];
    }

    /// <summary>
    /// The most edits a query of this length may be from a name. One- and two-letter queries must
    /// match exactly: one edit from them reaches almost any initial or short word.
    /// </summary>
    internal static int Threshold(int queryLength) => queryLength switch
    {
        <= 2 => 0,
        <= 4 => 1,
        <= 8 => 2,
        _ => 3,
    };

    private static (NameMatch Tier, int Distance)? Match(QueryKeys query, CandidateKeys candidate)
    {
        var q = query.Key;
        if (q == candidate.Name)
        {
            return (NameMatch.Exact, 0);
        }

        // Loops, not Any(lambda): this runs for every known person on every search and type-ahead keystroke.
        if (StartsWith(candidate.Name, q) || AnyStartsWith(candidate.NameWords, q))
        {
            return (NameMatch.Prefix, 0);
        }

        if (AnyStartsWith(candidate.Aliases, q) || AnyStartsWith(candidate.AliasWords, q))
        {
            return (NameMatch.Alias, 0);
        }

        var distance = CloseSpellingDistance(query, candidate);
        return distance is { } d ? (NameMatch.CloseSpelling, d) : null;
    }

    private static int? CloseSpellingDistance(QueryKeys query, CandidateKeys candidate)
    {
        var limit = Threshold(query.Key.Length);
        var whole = MinDistance(query.Key, candidate.SpellingTargets, limit);
        int? best = whole <= limit ? whole : null;
        if (query.LastWord is { } last)
        {
            // The leading words are ignored, so this match costs one edit more than its last word's.
            var lastLimit = Threshold(last.Length);
            var lastBest = MinDistance(last, candidate.NameWords, lastLimit);
            if (lastBest <= lastLimit)
            {
                best = Math.Min(best ?? int.MaxValue, lastBest + 1);
            }
        }

        return best;
    }

    private static bool AnyStartsWith(string[] words, string prefix)
    {
        foreach (var word in words)
        {
            if (StartsWith(word, prefix))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The smallest distance to any target, or <paramref name="limit"/> + 1 when none is that close.</summary>
    private static int MinDistance(string query, string[] targets, int limit)
    {
        var best = limit + 1;
        foreach (var target in targets)
        {
            best = Math.Min(best, EditDistance.Bounded(query, target, limit));
            if (best == 0)
            {
                break;
            }
        }

        return best;
    }

    private static bool StartsWith(string key, string query) => key.StartsWith(query, StringComparison.Ordinal);

    /// <summary>The query's key, and its last word when it has several words.</summary>
    private sealed record QueryKeys(string Key, string? LastWord)
    {
        public static QueryKeys? For(string? query)
        {
            if (string.IsNullOrWhiteSpace(query))
            {
                return null;
            }

            var cut = query.Length > MaxQueryLength ? query[..MaxQueryLength] : query;
            var key = NameKey.For(WellFormed(cut));
            if (key.Length == 0)
            {
                return null;
            }

            var space = key.LastIndexOf(' ');
            return new QueryKeys(key, space < 0 ? null : key[(space + 1)..]);
        }
    }

    /// <summary>A candidate's keys, computed once per call rather than once per comparison.</summary>
    public sealed record CandidateKeys(string Name, string[] NameWords, string[] Aliases, string[] AliasWords)
    {
        /// <summary>What a close spelling is measured against: the name, its words and the aliases (built once, not per query).</summary>
        public string[] SpellingTargets { get; } = [Name, .. NameWords, .. Aliases];

        public static CandidateKeys For(NameCandidate candidate)
        {
            var name = NameKey.For(WellFormed(candidate.Name));
            var aliases = candidate.Aliases
                .Select(alias => NameKey.For(WellFormed(alias)))
                .Where(alias => alias.Length > 0)
                .ToArray();
            return new CandidateKeys(name, Words(name), aliases, [.. aliases.SelectMany(Words)]);
        }

        private static string[] Words(string key) => key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>
    /// Replaces unpaired surrogates (a query cut mid-character, or bad input) with U+FFFD, because
    /// Unicode normalization inside <see cref="NameKey"/> throws on them.
    /// </summary>
    private static string WellFormed(string text)
    {
        var bad = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (bad < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = bad; i < chars.Length; i++)
        {
            var pairs = char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]);
            if (pairs)
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }
}

/// <summary>Optimal string alignment distance: Levenshtein plus swaps of adjacent characters.</summary>
internal static class EditDistance
{
    // Rows this small live on the stack; longer names (rare) take a heap array.
    private const int StackLimit = 384;

    /// <summary>
    /// The distance between <paramref name="a"/> and <paramref name="b"/>, or <paramref name="max"/> + 1
    /// as soon as it is certain to exceed <paramref name="max"/>: ranking thousands of names needs the early exit.
    /// </summary>
    public static int Bounded(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        var width = b.Length + 1;
        var buffer = 3 * width <= StackLimit ? stackalloc int[3 * width] : new int[3 * width];
        var beforePrevious = buffer[..width];
        var previous = buffer.Slice(width, width);
        var current = buffer.Slice(2 * width, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            // Row minima never decrease, so once a whole row is over the limit the result is too.
            if (FillRow(a, b, i, max, beforePrevious, previous, current) > max)
            {
                return max + 1;
            }

            var spare = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = spare;
        }

        return Math.Min(previous[b.Length], max + 1);
    }

    /// <summary>
    /// Fills row <paramref name="i"/> of the distance table and returns its smallest value. Only cells
    /// within <paramref name="max"/> of the diagonal are computed (off it the distance is already over);
    /// the cell either side of that band is set to <paramref name="max"/> + 1 for the next row to read.
    /// </summary>
    private static int FillRow(string a, string b, int i, int max, Span<int> beforePrevious, Span<int> previous, Span<int> current)
    {
        var low = Math.Max(1, i - max);
        var high = Math.Min(b.Length, i + max);
        current[low - 1] = low == 1 ? i : max + 1;
        var rowMin = current[low - 1];
        for (var j = low; j <= high; j++)
        {
            var cost = a[i - 1] == b[j - 1] ? 0 : 1;
            var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
            {
                value = Math.Min(value, beforePrevious[j - 2] + 1);
            }

            current[j] = value;
            rowMin = Math.Min(rowMin, value);
        }

        if (high < b.Length)
        {
            current[high + 1] = max + 1;
        }

        return rowMin;
    }
}
