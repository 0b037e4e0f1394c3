namespace NewsReader.Suggestions;

/// <summary>
/// Which words of a capitalised run can be part of a person's name. A word in the lists (a post, a
/// body, a place, an ordinary word) cannot, except as a surname right after a given name or honorific:
/// "John Major", "Theresa May", "Oona King", "Mr Green".
/// </summary>
internal static class NameWords
{
    public static bool IsNameWord(List<string> words, int k, bool isLast)
    {
        var word = words[k];
        if (IsDescriptor(word) || IsContraction(word) || IsRoleCompound(word) || (k == 0 && (IsLowerCaseCompound(word) || IsFollowerWord(words, word))))
        {
            return false;
        }

        var afterGivenName = k > 0 && (Lexicon.IsGivenName(words[k - 1]) || Lexicon.Honorifics.Contains(words[k - 1]));
        if (Lexicon.Honorifics.Contains(word))
        {
            // An honorific starts a name, except as a surname: "Oona King", "Ms King".
            return !isLast || afterGivenName;
        }

        if (isLast && Lexicon.IsRegnalNumber(word))
        {
            return k > 0 && Lexicon.IsGivenName(words[k - 1]);
        }

        if (word.Length == 1 || (word.Length == 2 && word[1] == '.') || Lexicon.IsInitials(word))
        {
            // An initial ("George W Bush"), but not the article "A" or the pronoun "I" before a name; after a given
            // name either is an initial ("Julie A. Martinez").
            return !isLast && char.IsUpper(word[0]) && (word is not ("A" or "I") || (k > 0 && Lexicon.IsGivenName(words[k - 1])));
        }

        return isLast ? IsLastNameWord(words, k, afterGivenName) : Lexicon.IsGivenName(word) || !IsListed(word);
    }

    /// <summary>"John Major" is a name, "Princess Consort" a title; a listed word ends a name only after a given name or honorific.</summary>
    private static bool IsLastNameWord(List<string> words, int k, bool afterGivenName)
    {
        var word = words[k];
        if (Lexicon.TitleWords.Contains(word))
        {
            return k > 0 && Lexicon.IsGivenName(words[k - 1]);
        }

        return !IsListed(word) || (afterGivenName && !Lexicon.IsAcronym(word));
    }

    private static bool IsListed(string word) =>
        Lexicon.TitleWords.Contains(word) || Lexicon.IsAcronym(word) || Lexicon.OrganisationHeads.Contains(word) || Lexicon.OrganisationNames.Contains(word)
        || Lexicon.Places.Contains(word) || Lexicon.CommonWords.Contains(word) || Lexicon.Nationalities.Contains(word);

    /// <summary>"York-born", "Seattle-based", "Labour-led": a compound that describes what follows.</summary>
    public static bool IsDescriptor(string word) =>
        word.EndsWith("-born", StringComparison.Ordinal) || word.EndsWith("-based", StringComparison.Ordinal)
        || word.EndsWith("-led", StringComparison.Ordinal) || word.EndsWith("-owned", StringComparison.Ordinal) || word.EndsWith("-backed", StringComparison.Ordinal);

    /// <summary>
    /// "Oscar-nominated", "Seventeen-year-old", "Man-of-the-match", "EU-wide": a compound whose last part is
    /// lower case describes the name after it. Only a run's first word is judged so: Korean given names
    /// ("Kim Dae-jung") come after a surname.
    /// </summary>
    private static bool IsLowerCaseCompound(string word)
    {
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]);
    }

    /// <summary>
    /// "Blairite Alan Milburn", "Thatcherites": a follower's adjective before a given name describes the person.
    /// Short words ending so are surnames or names ("White", "Marguerite"), so only long ones count.
    /// </summary>
    private static bool IsFollowerWord(List<string> words, string word) =>
        words.Count > 2 && word.Length >= 7 && (word.EndsWith("ite", StringComparison.Ordinal) || word.EndsWith("ites", StringComparison.Ordinal))
        && !Lexicon.IsGivenName(word) && Lexicon.IsGivenName(words[1]);

    /// <summary>"Film-maker", "Co-founder": a capitalised compound of a role noun is a post, not a name.</summary>
    private static bool IsRoleCompound(string word) =>
        word.Contains('-', StringComparison.Ordinal) && (Lexicon.RoleNouns.Contains(word) || word.Split('-').Any(Lexicon.RoleNouns.Contains));

    /// <summary>"I'm", "It's", "Don't": a contraction opening a sentence, not a name ("O'Brien" is one).</summary>
    private static bool IsContraction(string word)
    {
        var apostrophe = word.IndexOfAny(['\'', '\u2019']);
        if (apostrophe < 0)
        {
            return false;
        }

        var tail = word[(apostrophe + 1)..];
        return tail is "m" or "s" or "ve" or "ll" or "d" or "re" or "t" || word.EndsWith("n't", StringComparison.Ordinal) || word.EndsWith("n\u2019t", StringComparison.Ordinal);
    }
}
