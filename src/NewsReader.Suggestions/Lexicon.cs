using System.Collections.Frozen;

namespace NewsReader.Suggestions;

/// <summary>
/// The word lists the rules read, written for UK news copy. Each list lives in its own file
/// (Lexicon*.cs); this part holds the helpers. Lookups ignore case unless a list says otherwise.
/// </summary>
internal static partial class Lexicon
{
    private static FrozenSet<string> Words(string words) =>
        words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words kept with their case: "May" the name or month, not "may" the verb.</summary>
    private static FrozenSet<string> CasedWords(string words) =>
        words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>All-capital words of two or more letters (BBC, EOC, QC) and their plurals (PCs, DVDs) name bodies, posts or things, not people.</summary>
    /// <summary>Initials joined by full stops, as tokenised without the last one: "G.K" (G.K. Butterfield), "J.R.R".</summary>
    public static bool IsInitials(string word)
    {
        if (word.Length < 3 || word.Length % 2 == 0)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            if (i % 2 == 0 ? !char.IsUpper(word[i]) : word[i] != '.')
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsAcronym(string word)
    {
        // "MPs" and "MEPs" are people of a post, read as such elsewhere; "DVDs" are things.
        if (word.Length > 2 && word[^1] == 's' && !PostWords.Contains(word[..^1]))
        {
            word = word[..^1];
        }

        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 2;
    }

    /// <summary>A Roman numeral that follows a monarch's or pope's name ("Charles I", "John Paul II").</summary>
    public static bool IsRegnalNumber(string word) =>
        word is "I" or "II" or "III" or "IV" or "V" or "VI" or "VII" or "VIII" or "IX" or "X" or "XI" or "XII" or "XIII" or "XIV" or "XV" or "XVI";
}
