namespace NewsReader.Suggestions;

/// <summary>
/// Finds who a speech verb's subject is: written before it ("Mr Kennedy has said", "Tom Tugendhat,
/// former chair of the committee, tweeted") or, for verbs that allow it, after it (see <see cref="InvertedSubject"/>).
/// </summary>
internal static class SubjectFinder
{
    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "week", "month", "year", "night",
        "morning", "afternoon", "evening", "weekend", "time",
    };

    private static readonly HashSet<string> TimeOpeners = new(StringComparer.Ordinal) { "on", "last", "this", "next", "at", "that" };

    public static Referent? Find(ParagraphModel paragraph, int verb, int low, int high, List<Referent> referents) =>
        Left(paragraph, verb, low, referents) ?? InvertedSubject.Find(paragraph, verb, high, referents);

    public static Referent? Left(ParagraphModel paragraph, int verb, int low, List<Referent> referents)
    {
        var tokens = paragraph.Tokens;
        var t = verb - 1;
        while (t >= low && EndingAt(referents, t) is null)
        {
            if (IsSkippable(paragraph, t))
            {
                t--;
            }
            else if (ParenthesisOpening(paragraph, t, low) is { } open)
            {
                t = open - 1;
            }
            else
            {
                break;
            }
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

        return IsComma(tokens[t]) ? Appositive(paragraph, t, low, referents) : DescribedBefore(paragraph, t, low, referents);
    }

    /// <summary>
    /// "Adam Hume, the BBC's futurologist told": a post the lists lack, set after a name with a comma
    /// and opened by a determiner, stands between the name and its verb.
    /// </summary>
    private static Referent? DescribedBefore(ParagraphModel paragraph, int t, int low, List<Referent> referents)
    {
        var tokens = paragraph.Tokens;
        for (var c = t - 1; c > low && t - c <= 8; c--)
        {
            if (tokens[c].Quote >= 0 || (tokens[c].IsLower && (Lexicon.SpeechVerbs.Contains(tokens[c].Text) || Lexicon.VerbPrefixes.Contains(tokens[c].Text))))
            {
                return null;
            }

            if (IsComma(tokens[c]))
            {
                var opener = tokens[c + 1];
                var described = opener.Is("the") || opener.Is("a") || opener.Is("an") || opener.HasPossessiveS;
                return described && EndingAt(referents, c - 1) is { Kind: ReferentKind.Person, Possessive: false } named && OpensClause(paragraph, named.First, low) ? named : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The name starts its sentence or follows a quotation (<c>"...," Adam Hume, the ...</c>); after
    /// "Reacting to a comment by Tim Phillips, the American said" the name only ends a fronted phrase.
    /// </summary>
    private static bool OpensClause(ParagraphModel paragraph, int first, int low)
    {
        var tokens = paragraph.Tokens;
        var before = first - 1;
        if (before >= 0 && tokens[before].IsPunct(','))
        {
            before--;
        }

        return first <= low || first == paragraph.SentenceStart(first) || (before >= 0 && !tokens[before].IsWord && QuoteMarks.IsAnyMark(tokens[before].Text[0]));
    }

    /// <summary>
    /// "Colin Asplin, Blackpool Hotel Association said", "Alan Milburn, Labour's election strategist told": the person the
    /// body or post describes; "Mr. Morgan of the Sierra Club said", "Ann Moss from Acme told": the person the body qualifies.
    /// </summary>
    private static Referent? NamedBefore(ParagraphModel paragraph, Referent subject, List<Referent> referents)
    {
        if (subject.Kind == ReferentKind.Person || subject.First < 2)
        {
            return null;
        }

        var tokens = paragraph.Tokens;
        if (subject.Kind == ReferentKind.Organisation)
        {
            var link = subject.First - 1;
            link = tokens[link].Is("the") && link > 0 ? link - 1 : link;
            if (link > 0 && tokens[link].IsLower && tokens[link].Text is "of" or "from" or "at"
                && EndingAt(referents, link - 1) is { Kind: ReferentKind.Person, Possessive: false } qualified)
            {
                return qualified;
            }
        }

        if (!IsComma(tokens[subject.First - 1]))
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
        if (BeforeComma(paragraph, comma, low, referents) is { Kind: ReferentKind.Person, Possessive: false } named)
        {
            return named;
        }

        // "Richard Doherty, from Panasonic's Hollywood Laboratories, one of the pioneers, told": past a body
        // set off by commas, the person the appositives describe is the subject.
        var tokens = paragraph.Tokens;
        Referent? nearest = null;
        for (var t = comma - 1; t > low && comma - t < 25; t--)
        {
            if (tokens[t].Quote >= 0)
            {
                break;
            }

            if (IsComma(tokens[t]) && BeforeComma(paragraph, t, low, referents) is { Possessive: false } subject && subject.Kind != ReferentKind.Pronoun)
            {
                if (subject.Kind == ReferentKind.Person)
                {
                    return subject;
                }

                nearest ??= subject;
            }
            else if (IsComma(tokens[t]) && nearest is null)
            {
                return null;
            }
        }

        return nearest;
    }

    private static Referent? EndingAt(List<Referent> referents, int t) => referents.Find(r => r.Last == t);

    /// <summary>What ends right before a comma, past a bracket set before it: "Rep. Ann Moss (D-Ohio), a panel member, said".</summary>
    private static Referent? BeforeComma(ParagraphModel paragraph, int comma, int low, List<Referent> referents) =>
        EndingAt(referents, comma > low && ParenthesisOpening(paragraph, comma - 1, low) is { } open ? open - 1 : comma - 1);

    /// <summary>
    /// "Rep. Ann Moss (D-Ohio) said", "Ann Moss (pictured) told": the opening bracket of a short aside that
    /// ends at <paramref name="t"/>, between a name and its verb, or null.
    /// </summary>
    private static int? ParenthesisOpening(ParagraphModel paragraph, int t, int low)
    {
        var tokens = paragraph.Tokens;
        if (!tokens[t].IsPunct(')') || tokens[t].Quote >= 0)
        {
            return null;
        }

        for (var c = t - 1; c > low && t - c <= 10; c--)
        {
            if (tokens[c].Quote >= 0 || tokens[c].IsPunct(')'))
            {
                return null;
            }

            if (tokens[c].IsPunct('('))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>Auxiliaries and adverbs between subject and verb ("has also", "later"), and post-nominals ("QC").</summary>
    private static bool IsSkippable(ParagraphModel paragraph, int t)
    {
        var token = paragraph.Tokens[t];
        if (!token.IsWord || token.Quote >= 0)
        {
            return false;
        }

        return (token.IsLower && (Lexicon.VerbPrefixes.Contains(token.Text) || token.Text.EndsWith("ly", StringComparison.Ordinal)))
            || Lexicon.PostNominals.Contains(token.Text) || IsInTimePhrase(paragraph, t);
    }

    /// <summary>"The prime minister on Sunday said", "Mr Brown last week told": a time between subject and verb.</summary>
    private static bool IsInTimePhrase(ParagraphModel paragraph, int t)
    {
        var tokens = paragraph.Tokens;
        var times = TimeWords.Contains(tokens[t].Text);
        var openers = TimeOpeners.Contains(tokens[t].Text);
        return (times && t > 0 && TimeOpeners.Contains(tokens[t - 1].Text)) || (openers && t + 1 < tokens.Count && TimeWords.Contains(tokens[t + 1].Text));
    }
}
