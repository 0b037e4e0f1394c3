using System.Text;

namespace NewsReader.Web.Search;

/// <summary>
/// Turns whatever a user typed into a safe full-text query: words only (letters and digits), each
/// quoted, so FTS syntax in the input (quotes, *, -, AND, NEAR, parentheses) is just text. Pure.
/// </summary>
public static class FtsQuery
{
    public const int MaxTerms = 12;
    public const int MaxTermLength = 64;

    /// <summary>The words of the query, lower-cased, at most <see cref="MaxTerms"/>.</summary>
    public static IReadOnlyList<string> Terms(string? text)
    {
        var terms = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return terms;
        }

        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                word.Append(rune.ToString());
                continue;
            }

            Flush(word, terms);
            if (terms.Count == MaxTerms)
            {
                return terms;
            }
        }

        Flush(word, terms);
        return terms.Take(MaxTerms).ToList();
    }

    /// <summary>All the words, each a quoted FTS string (implicit AND); null when there are none.</summary>
    public static string? AllWords(string? text)
    {
        var terms = Terms(text);
        return terms.Count == 0 ? null : string.Join(' ', terms.Select(Quote));
    }

    /// <summary>Any of the words (for snippets: the best paragraph may hold only some of them).</summary>
    public static string? AnyWord(string? text)
    {
        var terms = Terms(text);
        return terms.Count == 0 ? null : string.Join(" OR ", terms.Select(Quote));
    }

    /// <summary>Any of the phrases (names and aliases), each as a quoted FTS phrase; null when there are none.</summary>
    public static string? AnyPhrase(IEnumerable<string> phrases)
    {
        var quoted = phrases.Select(p => Terms(p)).Where(t => t.Count > 0).Select(t => Quote(string.Join(' ', t))).Distinct().ToList();
        return quoted.Count == 0 ? null : string.Join(" OR ", quoted);
    }

    private static string Quote(string term) => "\"" + term.Replace("\"", "\"\"") + "\"";

    private static void Flush(StringBuilder word, List<string> terms)
    {
        if (word.Length > 0)
        {
            var term = word.ToString().ToLowerInvariant();
            terms.Add(term.Length > MaxTermLength ? term[..MaxTermLength] : term);
            word.Clear();
        }
    }
}
