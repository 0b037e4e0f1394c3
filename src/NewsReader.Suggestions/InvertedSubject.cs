namespace NewsReader.Suggestions;

/// <summary>
/// A speech verb's subject written after it: "said Mr Blair", "says the committee", "said Moscow-based
/// US lawyer Jamie Firestone". "told" and "asked" take their listener after them, so never their subject.
/// </summary>
internal static class InvertedSubject
{
    private static readonly HashSet<string> InvertingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "says", "said", "add", "adds", "added", "continued", "continues", "explained", "explains", "argued", "argues",
        "insisted", "insists", "claimed", "claims", "wrote", "writes", "noted", "notes", "observed", "remarked", "recalled",
        "replied", "declared", "stated", "admitted", "warned", "warns", "asked", "concluded", "suggested", "suggests",
        "predicted", "predicts", "conceded", "concedes", "joked", "jokes", "quipped", "countered", "responded", "stressed", "stresses",
    };

    /// <summary>
    /// The subject written after the verb: "said Moscow-based US lawyer Jamie Firestone", "said Flight
    /// International's Mr Learmount". Words before the name only qualify it, so the first name in the
    /// phrase is the subject; a pronoun there ("says it was") starts what was said instead.
    /// </summary>
    public static Referent? Find(ParagraphModel paragraph, int verb, int high, List<Referent> referents)
    {
        if (!InvertingVerbs.Contains(paragraph.Tokens[verb].Text))
        {
            return null;
        }

        var tokens = paragraph.Tokens;
        Referent? first = null;
        for (var t = verb + 1; t < high && t < verb + 8; t++)
        {
            if (referents.Find(r => r.First == t) is not { } referent)
            {
                if (tokens[t].IsPunct('.') && t > verb + 1 && SentenceSplitter.IsAbbreviation(tokens[t - 1]))
                {
                    continue; // "said Rep. Ann Moss", "said Lt. Col. Ann Moss"
                }

                if (InOfficeName(tokens, t, verb))
                {
                    continue; // "said Chancellor of the Exchequer Gordon Brown"
                }

                if (!tokens[t].IsWord || !(tokens[t].IsCapitalised || IsPostWord(tokens[t].Text) || tokens[t].HasPossessiveS || ModifiesPost(tokens, t, high)))
                {
                    break;
                }

                continue;
            }

            if (referent.Kind == ReferentKind.Pronoun && !(referent.Gender != Gender.Unknown && t + 1 < tokens.Count && !tokens[t + 1].IsWord))
            {
                return null;
            }

            var candidate = referent.Kind == ReferentKind.Person || (first is null && referent.Kind != ReferentKind.Organisation && !referent.Possessive);
            if (candidate && EndsClause(paragraph, referent))
            {
                return referent.Kind == ReferentKind.Person ? referent : NamedAfter(paragraph, referent, referents) ?? referent;
            }

            first ??= referent;
            t = referent.Last;
        }

        return first is { Possessive: false } && EndsClause(paragraph, first) ? first : null;
    }

    /// <summary>"of" after an office's title word, and "the" after that "of": "Chancellor of the Exchequer", "Secretary of State".</summary>
    private static bool InOfficeName(List<Token> tokens, int t, int verb) =>
        t > verb + 1 && t + 1 < tokens.Count && tokens[t + 1].IsWord
        && ((tokens[t].Is("of") && Lexicon.OfficeTitles.Contains(tokens[t - 1].Text))
            || (tokens[t].Is("the") && tokens[t - 1].Is("of") && t > verb + 2 && Lexicon.OfficeTitles.Contains(tokens[t - 2].Text)));

    /// <summary>The words of a post before a name: "said Tory shadow local government secretary Caroline Spelman".</summary>
    private static bool IsPostWord(string word) =>
        Lexicon.RoleNouns.Contains(word) || Lexicon.OrganisationNouns.Contains(word)
        || (char.IsLower(word[0]) && Lexicon.TitleWords.Contains(char.ToUpperInvariant(word[0]) + word[1..]));

    /// <summary>"said rally driver Dave Hawkins", "predicted equity strategist Naoki Kamiyama": a lower-case word before a post word qualifies it.</summary>
    private static bool ModifiesPost(List<Token> tokens, int t, int high) =>
        tokens[t].IsLower && t + 1 < high && tokens[t + 1].IsWord && tokens[t + 1].IsLower && Lexicon.RoleNouns.Contains(tokens[t + 1].Text);

    /// <summary>"said the committee chairman, MP Edward Leigh": the name set beside the post is the speaker.</summary>
    private static Referent? NamedAfter(ParagraphModel paragraph, Referent post, List<Referent> referents) =>
        paragraph.Tokens[post.Last + 1].IsPunct(',')
            ? referents.Find(r => r.Kind == ReferentKind.Person && r.First > post.Last + 1 && r.First <= post.Last + 3)
            : null;

    /// <summary>
    /// An inverted subject ends its clause ("said Mr Blair.", "says the committee, ...", "said Mr
    /// Kennedy during his speech", "said Mr Sener earlier this month"); "suggests the prime minister favours" starts what was said.
    /// </summary>
    private static bool EndsClause(ParagraphModel paragraph, Referent subject)
    {
        var next = subject.Last + 1;
        var tokens = paragraph.Tokens;
        while (next < tokens.Count && Lexicon.PostNominals.Contains(tokens[next].Text))
        {
            next++;
        }

        return next >= tokens.Count || !tokens[next].IsWord || ReferentScanner.IsPreposition(tokens[next])
            || tokens[next].Text is "who" or "whose" or "as" or "when" or "after" or "before" or "yesterday" or "today" or "last" or "earlier"
                or "later" or "recently" or "this" or "previously" or "afterwards";
    }
}
