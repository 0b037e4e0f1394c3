namespace NewsReader.Suggestions;

/// <summary>
/// Finds runs of capitalised words ("Prime Minister Tony Blair", "Lord Nicholls of Birkenhead",
/// "George W. Bush") and has <see cref="NameRunReader"/> say what each names. A run stops at
/// punctuation, at a possessive ("Blair's") and at the edge of a quotation.
/// </summary>
internal static class NameScanner
{
    private static readonly HashSet<string> WorkNouns = new(StringComparer.Ordinal)
    {
        "film", "films", "movie", "movies", "novel", "novels", "book", "books", "play", "musical", "album", "albums", "single",
        "song", "songs", "series", "sitcom", "documentary", "opera", "game", "games", "video", "franchise", "character", "characters",
        "newspaper", "magazine", "tabloid", "show", "podcast",
    };

    /// <summary>"film", "book", "documentary": a noun whose capitalised or quoted neighbour is a work's title.</summary>
    public static bool IsWorkNoun(string word) => WorkNouns.Contains(word);

    /// <summary>Genres and media that come before a title ("comedy Sideways", "the soap Brookside"); after a name they often name its maker.</summary>
    private static readonly HashSet<string> TitleNouns = new(StringComparer.Ordinal)
    {
        "comedy", "comedies", "drama", "dramas", "thriller", "biopic", "soap", "epic", "sequel", "remake", "blockbuster", "cartoon",
        "programme", "painting", "sculpture", "poem", "anthem", "hit", "hits",
    };

    public static List<NameMention> Scan(ParagraphModel paragraph)
    {
        var found = new List<NameMention>();
        var tokens = paragraph.Tokens;
        for (var t = 0; t < tokens.Count; t++)
        {
            if (!tokens[t].IsCapitalised)
            {
                continue;
            }

            var end = RunEnd(paragraph, t);
            var previous = found.Count > 0 ? found[^1] : null;
            if (!IsWorkOrPlace(paragraph, previous, t, end) && NameRunReader.Read(paragraph, t, end) is { } mention)
            {
                found.Add(mention);
            }

            t = end;
        }

        return found;
    }

    /// <summary>
    /// Runs that look like names but are not people: a title after its author's possessive
    /// ("Dickens' Oliver Twist", "Shakespeare's Merchant of Venice"), and a possessive that starts a
    /// body's name ("Lewis Boys' School", "St Thomas' Hospital").
    /// </summary>
    private static bool IsWorkOrPlace(ParagraphModel paragraph, NameMention? previous, int start, int end)
    {
        var tokens = paragraph.Tokens;
        var afterAuthor = previous is { Kind: MentionKind.Person, Possessive: true } && start - previous.Last <= 2;
        var possessive = tokens[end].HasPossessiveS || IsApostrophePossessive(paragraph, end);
        var next = tokens[end].HasPossessiveS ? end + 1 : end + 2;
        var bodyFollows = possessive && next < tokens.Count && tokens[next].IsCapitalised && Lexicon.OrganisationHeads.Contains(tokens[next].Text);
        return afterAuthor || bodyFollows || NamesWork(tokens, start, end, possessive);
    }

    /// <summary>"the film Vera Drake", "the Harry Potter books", "the character Fagin": a work or a character, not a person.</summary>
    private static bool NamesWork(List<Token> tokens, int start, int end, bool possessive)
    {
        // "Today programme Mr Blair had": a name with an honorific is a person after any noun.
        var noun = start > 0 && tokens[start - 1].IsLower ? tokens[start - 1].Text : "";
        var before = WorkNouns.Contains(noun) || (TitleNouns.Contains(noun) && !Lexicon.Honorifics.Contains(tokens[start].Text));
        var after = !possessive && end + 1 < tokens.Count && tokens[end + 1].IsLower && WorkNouns.Contains(tokens[end + 1].Text);
        return before || after;
    }

    /// <summary>"Dickens' Oliver Twist": an apostrophe right after a word ending in s, not a quotation mark.</summary>
    public static bool IsApostrophePossessive(ParagraphModel paragraph, int t)
    {
        var tokens = paragraph.Tokens;
        if (t + 1 >= tokens.Count || !tokens[t].IsWord || tokens[t].Text[^1] != 's')
        {
            return false;
        }

        var mark = tokens[t + 1];
        var isMark = (mark.Text is "'" or "\u2019") && mark.Start == tokens[t].End;
        return isMark && !paragraph.Quotes.Exists(q => q.MarkEnd == mark.End || q.MarkStart == mark.Start);
    }

    private static int RunEnd(ParagraphModel paragraph, int start)
    {
        var tokens = paragraph.Tokens;
        var end = start;
        while (!tokens[end].HasPossessiveS && !IsApostrophePossessive(paragraph, end))
        {
            var next = end + 1;
            if (next + 1 < tokens.Count && tokens[next].IsPunct('.') && IsInitialOrShortTitle(tokens[end]) && Continues(tokens, start, next + 1))
            {
                end = next + 1;
            }
            else if (next < tokens.Count && Continues(tokens, start, next))
            {
                end = next;
            }
            else if (next + 1 < tokens.Count && JoinsName(tokens, start, end, next) && Continues(tokens, start, next + 1))
            {
                end = next + 1;
            }
            else if (NicknameEnd(paragraph, start, end) is var surname and > 0)
            {
                end = surname;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    /// <summary>
    /// <c>Marcia "Cia" Price</c>, <c>Dwayne 'The Rock' Johnson</c>: after a given name (or a word no list knows), a nickname of one to three capitalised
    /// words in quotation marks and then a capitalised word continue the name; the surname's index, or -1.
    /// </summary>
    private static int NicknameEnd(ParagraphModel paragraph, int start, int end)
    {
        var tokens = paragraph.Tokens;
        if (end + 2 >= tokens.Count)
        {
            return -1;
        }

        var quote = paragraph.QuoteOpenedBy(end + 1);
        var givenName = Lexicon.IsGivenName(tokens[end].Text) || !(Lexicon.CommonWords.Contains(tokens[end].Text) || Lexicon.Places.Contains(tokens[end].Text)
            || Lexicon.OrganisationNames.Contains(tokens[end].Text) || Lexicon.TitleWords.Contains(tokens[end].Text) || Lexicon.IsAcronym(tokens[end].Text));
        if (quote < 0 || !givenName || tokens[end].Quote != tokens[start].Quote || !paragraph.Quotes[quote].Closed)
        {
            return -1;
        }

        var span = paragraph.Quotes[quote];
        var inside = tokens.Where(t => t.Quote == quote).ToList();
        var surname = paragraph.AfterClosingMark(span);
        var nickname = inside.Count is >= 1 and <= 3 && inside.TrueForAll(t => t.IsCapitalised);
        return nickname && surname < tokens.Count && tokens[surname].IsCapitalised && tokens[surname].Quote == tokens[start].Quote ? surname : -1;
    }

    /// <summary>The next capitalised word extends the run; inside a quotation "I" before a verb is the speaker ("I told John I would"), not a regnal number.</summary>
    private static bool Continues(List<Token> tokens, int start, int next) =>
        tokens[next].IsCapitalised && tokens[next].Quote == tokens[start].Quote && !tokens[next].StartsSentence && !IsQuotedPronoun(tokens, next);

    private static bool IsQuotedPronoun(List<Token> tokens, int t) =>
        tokens[t].Text == "I" && tokens[t].Quote >= 0 && t + 1 < tokens.Count && tokens[t + 1].IsLower;

    /// <summary>A lower-case particle inside a name ("van", "de"), or "of" in a peerage ("Lord Nicholls of Birkenhead").</summary>
    private static bool JoinsName(List<Token> tokens, int start, int end, int next)
    {
        var word = tokens[next].Text;
        if (Lexicon.NameConnectors.Contains(word))
        {
            return true;
        }

        var peerage = end == start + 1 && tokens[start].Text is "Lord" or "Baron" or "Baroness" or "Lady";
        // "Royal College of Physicians", "Bank of England": "of" after a body's word continues its name.
        return word == "of" && (peerage || Lexicon.OfficeTitles.Contains(tokens[end].Text) || Lexicon.OrganisationHeads.Contains(tokens[end].Text));
    }

    private static bool IsInitialOrShortTitle(Token token) =>
        (token.Text.Length == 1 && char.IsUpper(token.Text[0])) || Lexicon.IsInitials(token.Text) || token.Text is "Mr" or "Mrs" or "Ms" or "Dr" or "St" or "Prof" or "Rev";
}
