namespace NewsReader.Web.Suggestions;

/// <summary>
/// Finds who a speech verb's subject is: written before it ("Mr Kennedy has said", "Tom Tugendhat,
/// former chair of the committee, tweeted") or, for verbs that allow it, after it ("said Mr Blair",
/// "says the committee"). "told" and "asked" take their listener after them, so never their subject.
/// </summary>
internal static class SubjectFinder
{
    private static readonly HashSet<string> InvertingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "says", "said", "add", "adds", "added", "continued", "continues", "explained", "explains", "argued", "argues",
        "insisted", "insists", "claimed", "claims", "wrote", "writes", "noted", "notes", "observed", "remarked", "recalled",
        "replied", "declared", "stated", "admitted", "warned", "warns", "asked", "concluded", "suggested", "suggests",
    };

    public static Referent? Find(ParagraphModel paragraph, int verb, int low, int high, List<Referent> referents) =>
        Left(paragraph, verb, low, referents) ?? Right(paragraph, verb, high, referents);

    public static Referent? Left(ParagraphModel paragraph, int verb, int low, List<Referent> referents)
    {
        var tokens = paragraph.Tokens;
        var t = verb - 1;
        while (t >= low && EndingAt(referents, t) is null && IsSkippable(paragraph, t))
        {
            t--;
        }

        if (t < low || tokens[t].Quote >= 0)
        {
            return null;
        }

        if (EndingAt(referents, t) is { Possessive: false } subject)
        {
            return NamedBefore(paragraph, subject, referents) ?? subject;
        }

        if ((tokens[t].Is("which") || tokens[t].Is("who")) && t >= low + 2 && tokens[t - 1].IsPunct(','))
        {
            // "Beijing, which described the embargo as ...": the relative pronoun stands for what it follows.
            return EndingAt(referents, t - 2) is { Possessive: false } antecedent ? antecedent : null;
        }

        if (tokens[t].Is("and") || tokens[t].Is("but"))
        {
            // "He finished it and says it "sucked"": a second verb shares the clause's subject.
            return referents.Find(r => r.First >= low && r.Last < t && !r.Possessive && !r.AfterPreposition && r.Kind != ReferentKind.Organisation);
        }

        return IsComma(tokens[t]) ? Appositive(paragraph, t, low, referents) : null;
    }

    public static Referent? Right(ParagraphModel paragraph, int verb, int high, List<Referent> referents)
    {
        if (!InvertingVerbs.Contains(paragraph.Tokens[verb].Text))
        {
            return null;
        }

        // "said Moscow-based US lawyer Jamie Firestone", "said Flight International's Mr Learmount":
        // the words before the name only qualify it, so the first name in the phrase is the subject.
        var tokens = paragraph.Tokens;
        Referent? first = null;
        for (var t = verb + 1; t < high && t < verb + 8; t++)
        {
            if (referents.Find(r => r.First == t) is { } referent)
            {
                // "says it was", "said they would": a pronoun after the verb starts what was said.
                if (referent.Kind == ReferentKind.Pronoun && !(referent.Gender != Gender.Unknown && t + 1 < tokens.Count && !tokens[t + 1].IsWord))
                {
                    return null;
                }

                if ((referent.Kind == ReferentKind.Person || (first is null && referent.Kind != ReferentKind.Organisation && !referent.Possessive))
                    && EndsClause(paragraph, referent))
                {
                    // "said the committee chairman, MP Edward Leigh": the name set beside the post is the speaker.
                    var named = referent.Kind == ReferentKind.Person ? null : referents.Find(r => r.Kind == ReferentKind.Person && r.First > referent.Last + 1
                        && r.First <= referent.Last + 3 && tokens[referent.Last + 1].IsPunct(','));
                    return named ?? referent;
                }

                first ??= referent;
                t = referent.Last;
            }
            else if (!tokens[t].IsWord || !(tokens[t].IsCapitalised || Lexicon.RoleNouns.Contains(tokens[t].Text) || tokens[t].HasPossessiveS))
            {
                break;
            }
        }

        return first is { Possessive: false } && EndsClause(paragraph, first) ? first : null;
    }

    /// <summary>
    /// An inverted subject ends its clause ("said Mr Blair.", "says the committee, ...", "said Mr
    /// Kennedy during his speech"); "suggests the prime minister favours" starts what was said.
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
            || tokens[next].Text is "who" or "whose" or "as" or "when" or "after" or "before" or "yesterday" or "today" or "last";
    }

    /// <summary>"Colin Asplin, Blackpool Hotel Association said", "Alan Milburn, Labour's election strategist told": the person the body or post describes.</summary>
    private static Referent? NamedBefore(ParagraphModel paragraph, Referent subject, List<Referent> referents)
    {
        if (subject.Kind == ReferentKind.Person || subject.First < 2 || !IsComma(paragraph.Tokens[subject.First - 1]))
        {
            return null;
        }

        return EndingAt(referents, subject.First - 2) is { Kind: ReferentKind.Person, Possessive: false } person ? person : null;
    }

    /// <summary>Commas and dashes both set off an appositive ("Lord Bingham - a senior law lord - said").</summary>
    private static bool IsComma(Token token) => token.Text is "," or "-" or "\u2013" or "\u2014";

    /// <summary>"Lewis Champion, told" or "Tom Tugendhat, former chair of ..., tweeted": the name before the commas.</summary>
    private static Referent? Appositive(ParagraphModel paragraph, int comma, int low, List<Referent> referents)
    {
        if (EndingAt(referents, comma - 1) is { Kind: ReferentKind.Person, Possessive: false } named)
        {
            return named;
        }

        var tokens = paragraph.Tokens;
        for (var t = comma - 1; t > low && comma - t < 25; t--)
        {
            if (tokens[t].Quote >= 0)
            {
                return null;
            }

            if (IsComma(tokens[t]))
            {
                return EndingAt(referents, t - 1) is { Possessive: false } subject && subject.Kind != ReferentKind.Pronoun ? subject : null;
            }
        }

        return null;
    }

    private static Referent? EndingAt(List<Referent> referents, int t) => referents.Find(r => r.Last == t);

    /// <summary>Auxiliaries and adverbs between subject and verb ("has also", "later"), and post-nominals ("QC").</summary>
    private static bool IsSkippable(ParagraphModel paragraph, int t)
    {
        var token = paragraph.Tokens[t];
        if (!token.IsWord || token.Quote >= 0)
        {
            return false;
        }

        return (token.IsLower && (Lexicon.VerbPrefixes.Contains(token.Text) || token.Text.EndsWith("ly", StringComparison.Ordinal)))
            || Lexicon.PostNominals.Contains(token.Text);
    }
}
