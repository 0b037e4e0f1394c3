namespace NewsReader.Suggestions;

/// <summary>
/// Says what a run of capitalised words names. Posts, bodies and places before a name are dropped
/// ("US Secretary of State Mike Pompeo" names "Mike Pompeo", known as the secretary of state); a run
/// that ends in a body's word ("Equal Opportunities Commission") or is a place names no person.
/// </summary>
internal static class NameRunReader
{
    public static NameMention? Read(ParagraphModel paragraph, int first, int last)
    {
        // A nickname in quotation marks inside the run (Marcia "Cia" Price) is not one of the name's words.
        var positions = Enumerable.Range(first, last - first + 1).Where(t => paragraph.Tokens[t].IsWord && paragraph.Tokens[t].Quote == paragraph.Tokens[first].Quote).ToList();
        var words = positions.Select(t => t == last ? paragraph.Tokens[t].Stem : paragraph.Tokens[t].Text).ToList();
        var possessive = paragraph.Tokens[last].HasPossessiveS || NameScanner.IsApostrophePossessive(paragraph, last);
        if (PostHead(words, words.Count) is { } post)
        {
            return new Run(paragraph, positions, words, words.Count, possessive).Post(post);
        }

        var count = words.Count;
        while (count > 1 && (Lexicon.PostNominals.Contains(words[count - 1]) || IsGenerationalSuffix(words, count)))
        {
            count--;
        }

        var run = new Run(paragraph, positions, words, count, possessive && count == words.Count);
        // "police Chief Chuck Jordan", "party Chairman Ann Moss", "In a statement, President Obama": a title and a
        // given name, or a title and a surname, make a person, whatever noun is before them.
        var personLike = Lexicon.Honorifics.Contains(words[0]) || Lexicon.IsGivenName(words[0])
            || (count > 2 && Lexicon.TitleWords.Contains(words[0]) && Lexicon.IsGivenName(words[1]))
            || (count == 2 && Lexicon.TitleWords.Contains(words[0]) && NameWords.IsNameWord(words, 1, isLast: true));
        var body = (!personLike && (AfterBodyNoun(paragraph, first, words.Count == 1) || Ampersand(paragraph, first, last)))
            || words.Exists(w => w.EndsWith("-based", StringComparison.Ordinal)) || IsBodyName(words, count) || IsFirmsName(words, count);
        if (body)
        {
            return run.NonPerson(MentionKind.Organisation);
        }

        var start = NameStart(words, count);
        return start < 0 ? run.Classify() : run.Person(SkipOpeningWord(paragraph, positions, words, start, count));
    }

    /// <summary>
    /// "Vann R. Newkirk II", "Cal Ripken III": a numeral after a surname marks a generation and is not part of the
    /// name as it is usually written; after a lone given name it is a regnal number ("Elizabeth II") and stays.
    /// </summary>
    private static bool IsGenerationalSuffix(List<string> words, int count) =>
        count >= 3 && Lexicon.IsRegnalNumber(words[count - 1]) && !Lexicon.IsGivenName(words[count - 2]);

    /// <summary>
    /// "Youngsters Ben Hudell", "Vote Blair", "Said Ellis:": the capital of a sentence's first word does not make it part
    /// of the name, when a given name follows it or it is a verb that opens a command, a slogan or an inverted attribution.
    /// </summary>
    private static int SkipOpeningWord(ParagraphModel paragraph, List<int> positions, List<string> words, int start, int count)
    {
        var opening = paragraph.Tokens[positions[start]].StartsSentence && !Lexicon.IsGivenName(words[start]) && !Lexicon.Honorifics.Contains(words[start]);
        var givenNameFollows = start + 2 <= count - 1 && Lexicon.IsGivenName(words[start + 1]);
        var command = start + 1 <= count - 1 && (Lexicon.ImperativeOpeners.Contains(words[start]) || Lexicon.InvertedOpeners.Contains(words[start]));
        return opening && (givenNameFollows || command) ? start + 1 : start;
    }

    /// <summary>"Ernst &amp; Young", "Marks &amp; Spencer": names joined by an ampersand name a firm.</summary>
    private static bool Ampersand(ParagraphModel paragraph, int first, int last)
    {
        var tokens = paragraph.Tokens;
        return (first > 0 && tokens[first - 1].IsPunct('&')) || (last + 1 < tokens.Count && tokens[last + 1].IsPunct('&'));
    }

    /// <summary>"the drinks company, Red Bull", "analysts Gartner": a name right after a noun for a body or a firm's trade names that body.</summary>
    private static bool AfterBodyNoun(ParagraphModel paragraph, int first, bool single)
    {
        var before = first - 1;
        if (before >= 0 && paragraph.Tokens[before].IsPunct(','))
        {
            before--;
            // "In a statement, Husted said": a noun that ends an opening phrase is not the body the name is set beside.
            if (InOpeningPhrase(paragraph, before))
            {
                return false;
            }
        }

        var noun = before >= 0 ? paragraph.Tokens[before] : null;
        return noun is { IsLower: true } && ((Lexicon.OrganisationNouns.Contains(noun.Text) && !Lexicon.RoleNouns.Contains(noun.Text))
            || Lexicon.FirmTrades.Contains(noun.Text) || (single && Lexicon.SingleFirmTrades.Contains(noun.Text)));
    }

    /// <summary>
    /// "In a statement,", "After the hearing,": the noun closes a phrase that opens the sentence (or follows a
    /// comma) with a preposition; "a deal with energy drink company, Red Bull" sets a body beside its noun.
    /// </summary>
    private static bool InOpeningPhrase(ParagraphModel paragraph, int noun)
    {
        var tokens = paragraph.Tokens;
        for (var t = noun - 1; t >= 0 && noun - t <= 3 && tokens[t].IsWord; t--)
        {
            if (tokens[t].IsCapitalised && !tokens[t].StartsSentence)
            {
                return false;
            }

            if (ReferentScanner.IsPreposition(tokens[t], anyCase: true))
            {
                return tokens[t].StartsSentence || (t > 0 && tokens[t - 1].Text is "," or ";");
            }
        }

        return false;
    }

    /// <summary>The office a run names without a holder ("archbishop of canterbury", "mp"), or null.</summary>
    private static string? PostHead(List<string> words, int count)
    {
        var of = words.IndexOf("of");
        if (of >= 1 && of < count - 1 && Lexicon.OfficeTitles.Contains(words[of - 1]) && !words[..count].Exists(Lexicon.IsGivenName))
        {
            return string.Join(' ', words[(of - 1)..count]).ToLowerInvariant();
        }

        // "the Glasgow Kelvin MP" is a post; "John Smith MP" is a person with letters after the name.
        var named = count >= 3 && (Lexicon.IsGivenName(words[count - 3]) || Lexicon.Honorifics.Contains(words[count - 3]));
        return Lexicon.PostWords.Contains(words[count - 1]) && !named ? words[count - 1].ToLowerInvariant() : null;
    }

    /// <summary>
    /// "Merrill Lynch", "Virgin Blue", "Citigroup Smith Barney": a known firm's word then no given name, honorific or post;
    /// a middle initial makes it a person's name ("Oscar P. Quintero").
    /// </summary>
    private static bool IsFirmsName(List<string> words, int count) =>
        count > 1 && Lexicon.OrganisationNames.Contains(words[0])
        && !words[1..count].Exists(w => Lexicon.IsGivenName(w) || Lexicon.Honorifics.Contains(w) || Lexicon.TitleWords.Contains(w) || Lexicon.PostWords.Contains(w))
        && !(count > 2 && Lexicon.IsGivenName(words[0]) && words[1..(count - 1)].Exists(w => (w.Length == 1 && char.IsUpper(w[0])) || Lexicon.IsInitials(w)));

    private static bool IsBodyName(List<string> words, int count)
    {
        var head = words[count - 1];
        var of = words.IndexOf("of");
        if (of > 0 && Lexicon.OrganisationHeads.Contains(words[of - 1]))
        {
            return true;
        }

        if (!Lexicon.OrganisationHeads.Contains(head) || of >= 0)
        {
            return false;
        }

        var afterGivenName = count >= 2 && (Lexicon.IsGivenName(words[count - 2]) || Lexicon.Honorifics.Contains(words[count - 2]));
        return !(afterGivenName && Lexicon.SurnameLikeHeads.Contains(head));
    }

    /// <summary>The index of the name's first word (its honorific when it has one), or -1 when the run names no person.</summary>
    private static int NameStart(List<string> words, int count)
    {
        var peerage = words.IndexOf("of");
        if (peerage >= 2 && Lexicon.Honorifics.Contains(words[peerage - 2]))
        {
            return peerage - 2;
        }

        if (!NameWords.IsNameWord(words, count - 1, isLast: true))
        {
            return -1;
        }

        var start = count - 1;
        while (start > 0 && (start == count - 1 || !Lexicon.Honorifics.Contains(words[start])) && NameWords.IsNameWord(words, start - 1, isLast: false))
        {
            start--;
        }

        while (start < count - 1 && Lexicon.NameConnectors.Contains(words[start]))
        {
            start++;
        }

        return start;
    }
}
