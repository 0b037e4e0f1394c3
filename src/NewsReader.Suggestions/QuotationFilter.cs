namespace NewsReader.Suggestions;

/// <summary>
/// Decides whether text in quotation marks reproduces someone's words. A quotation of five words or a
/// full sentence does; a short one ("desperate", "one iota") only when a speech verb or noun is in its
/// sentence or the one before, since short quoted phrases without one are mostly scare quotes or terms
/// ("a balance of probabilities"). Names, nicknames and titles ("known as", "so-called", title case) are not quotes,
/// nor a word mentioned as a word ("the term "blog"", "words such as "incumbent"").
/// </summary>
internal static class QuotationFilter
{
    private const int LongQuoteWords = 5;

    /// <summary>Words a title leaves in lower case: "Contract with America", "Fox and Friends", "Merchant of Venice".</summary>
    private static readonly HashSet<string> TitleSmallWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "by", "for", "with", "from", "into", "over", "upon", "as",
    };

    /// <summary>Nouns that present what follows as a word or expression, not as someone's words.</summary>
    private static readonly HashSet<string> WordNouns = new(StringComparer.OrdinalIgnoreCase) { "term", "terms", "word", "phrase", "expression", "acronym" };

    /// <summary>The confidence that the quotation is a quote, or null when it is not one.</summary>
    public static double? Judge(ParagraphModel paragraph, int quote)
    {
        var span = paragraph.Quotes[quote];
        var tokens = paragraph.Tokens;
        var words = tokens.Where(t => t.Quote == quote && t.IsWord).ToList();
        if (words.Count == 0 || words.All(w => !w.Text.Any(char.IsLetter)))
        {
            return null;
        }

        var open = paragraph.TokenAt(span.MarkStart);
        if (IsNotWords(paragraph, quote))
        {
            return null;
        }

        var text = paragraph.Text.AsSpan(span.Start, span.Length);
        var sentence = text.IndexOfAny('.', '!', '?') >= 0 && (text[^1] is '.' or '!' or '?' || text.Contains(". ", StringComparison.Ordinal));
        if (words.Count >= LongQuoteWords || sentence)
        {
            return span.IsSingle ? 0.7 : 0.95;
        }

        return HasCue(paragraph, open) ? (span.IsSingle ? 0.5 : 0.8) : null;
    }

    /// <summary>
    /// A name, nickname, title or word mentioned as a word. A quotation listed right after one
    /// (""Otoku" or "bargain"", "such as "hurricane", "incumbent" and "partisan"") is one too.
    /// </summary>
    private static bool IsNotWords(ParagraphModel paragraph, int quote)
    {
        var span = paragraph.Quotes[quote];
        var words = paragraph.Tokens.Where(t => t.Quote == quote && t.IsWord).ToList();
        var open = paragraph.TokenAt(span.MarkStart);
        if (IsNamed(paragraph, open) || IsMarkupValue(paragraph, open) || AfterWorkNoun(paragraph, open) || IsNickname(paragraph, span, open, words)
            || IsLabel(paragraph, span, open, words) || (IsTitleCase(paragraph, span, words) && !CalledSomeone(paragraph, open) && !ListedAfterCalled(paragraph, open)))
        {
            return true;
        }

        var previous = ListedAfter(paragraph, open);
        return previous >= 0 && IsNotWords(paragraph, previous);
    }

    /// <summary><c>&lt;tweet author="carlquintanilla"&gt;</c>: the value of an attribute in markup the text carries.</summary>
    private static bool IsMarkupValue(ParagraphModel paragraph, int open) => paragraph.BeforeOpeningMark(open) is var before && before >= 0 && paragraph.Tokens[before].IsPunct('=');

    /// <summary>"her new documentary "13th."", "on his show, "Politicking."": the title of the work the noun names.</summary>
    private static bool AfterWorkNoun(ParagraphModel paragraph, int open)
    {
        var tokens = paragraph.Tokens;
        var before = paragraph.BeforeOpeningMark(open);
        var noun = before > 0 && tokens[before].IsPunct(',') ? before - 1 : before;
        return noun >= 0 && tokens[noun].IsLower && tokens[noun].Quote < 0 && NameScanner.IsWorkNoun(tokens[noun].Text);
    }

    /// <summary>
    /// "Trump called the pageant winner "Miss Piggy"", "hailed Trump as "The Comeback Kid"", "dubbed him "Low Energy
    /// Jeb"": a name in title case that someone put on someone is their words, not a title.
    /// </summary>
    private static bool CalledSomeone(ParagraphModel paragraph, int open)
    {
        var tokens = paragraph.Tokens;
        // "references to Machado as "Miss Piggy"": a name put on the person named just before "as".
        var before = paragraph.BeforeOpeningMark(open);
        if (before > 0 && tokens[before].Is("as") && tokens[before].IsLower && paragraph.Names[before - 1] is { Kind: MentionKind.Person })
        {
            return true;
        }

        for (var t = open - 1; t >= 0 && t >= open - 6 && tokens[t].Quote < 0 && !tokens[t].IsPunct(',') && tokens[t].Sentence == tokens[open].Sentence; t--)
        {
            var verb = tokens[t].IsLower && tokens[t].Text is "called" or "calling" or "calls" or "dubbed" or "dubbing" or "branded" or "branding" or "hailed" or "labelled" or "labeled";
            if (verb && t + 1 < open && t > 0 && !SpeechCues.IsPassiveSpeechVerb(paragraph, t) && !tokens[t - 1].Is("is") && !tokens[t - 1].Is("was"))
            {
                return IsPronounOrName(paragraph, t + 1) || tokens[t + 1].Is("the") || tokens[t + 1].Is("his") || tokens[t + 1].Is("her");
            }
        }

        return false;
    }

    /// <summary>"called her "Miss Piggy" and "Miss Housekeeping"": the next name in a list of names someone put on someone.</summary>
    private static bool ListedAfterCalled(ParagraphModel paragraph, int open)
    {
        var previous = ListedAfter(paragraph, open);
        return previous >= 0 && CalledSomeone(paragraph, paragraph.TokenAt(paragraph.Quotes[previous].MarkStart));
    }

    /// <summary>The quotation this one is listed after, joined only by a comma, "and" or "or" (-1 when none).</summary>
    private static int ListedAfter(ParagraphModel paragraph, int open)
    {
        var tokens = paragraph.Tokens;
        var t = open - 1;
        if (t < 1 || !(tokens[t].IsPunct(',') || tokens[t].Is("and") || tokens[t].Is("or")))
        {
            return -1;
        }

        var close = tokens[t - 1];
        return close.IsWord ? -1 : paragraph.Quotes.FindIndex(q => q.Closed && q.MarkEnd == close.End && q.MarkStart < tokens[open].Start);
    }

    /// <summary>
    /// A nickname between the parts of a name: <c>Brian 'Head' Welch</c>, <c>Antonio "LA" Reid</c> — a few
    /// capitalised words with a capitalised word right before the opening mark and right after the closing one.
    /// </summary>
    private static bool IsNickname(ParagraphModel paragraph, QuoteSpan span, int open, List<Token> words)
    {
        var tokens = paragraph.Tokens;
        if (words.Count > 3 || !span.Closed || open == 0 || !words.TrueForAll(w => w.IsCapitalised))
        {
            return false;
        }

        var after = paragraph.TokenAt(span.MarkEnd);
        var inside = tokens.Count(t => t.Quote >= 0 && t.Start >= span.Start && t.End <= span.End);
        return tokens[open - 1].IsCapitalised && after < tokens.Count && tokens[after].IsCapitalised && inside == words.Count;
    }

    /// <summary>
    /// One capitalised word in mid-sentence with nothing else inside the marks: a name, title or label
    /// (<c>the "New" Labour manifesto</c>, <c>a "When" not an "If"</c>, <c>there is no chance that 'Veritas' will</c>).
    /// </summary>
    private static bool IsLabel(ParagraphModel paragraph, QuoteSpan span, int open, List<Token> words)
    {
        if (words.Count != 1 || span.Length != words[0].Text.Length || !words[0].IsCapitalised || words[0].Text.Contains('-', StringComparison.Ordinal))
        {
            return false;
        }

        // A one-word answer is still words: 'replied: "No"', 'said "Yes"'.
        var tokens = paragraph.Tokens;
        return open > 0 && tokens[open - 1].Sentence == tokens[open].Sentence && !tokens[open - 1].IsPunct(':') && !SpeechCues.IsSpeechVerb(paragraph, open - 1);
    }

    /// <summary>"known as", "so-called", "in other words," and the like just before the opening mark.</summary>
    private static bool IsNamed(ParagraphModel paragraph, int open)
    {
        var tokens = paragraph.Tokens;
        // "the term "blog"", "words such as "affect"": a word mentioned as a word ("the recommended term "outrageous"" is a sentence).
        var wordNoun = open > 1 && WordNouns.Contains(tokens[open - 1].Text) && (tokens[open - 2].Is("the") || tokens[open - 2].Is("a") || tokens[open - 2].Is("very"));
        if (wordNoun || (open > 1 && tokens[open - 1].Is("as") && tokens[open - 2].Is("such")))
        {
            return true;
        }

        var first = paragraph.BeforeOpeningMark(open);
        for (var t = first; t >= 0 && t >= first - 2; t--)
        {
            if (tokens[t].Quote >= 0)
            {
                return false;
            }

            if (Lexicon.NamingCues.Contains(tokens[t].Text) || (tokens[t].Is("words") && t > 0 && tokens[t - 1].Is("other")))
            {
                return true;
            }

            // "It is called "podcasting"", "a program called "ipodder"" name a thing; "called it "a disgrace"", "what lawmakers
            // called "fraud"" and "which Tim Cook, called ''total political crap''" quote.
            if (t == first && t > 0 && (tokens[t].Is("called") || tokens[t].Is("named")) && tokens[t - 1].IsWord && !IsPronounOrName(paragraph, t - 1) && !IsPeopleNoun(tokens[t - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"what lawmakers called "fraud"", "what critics called": people, who call things by words of their own.</summary>
    private static bool IsPeopleNoun(Token token) =>
        token.IsLower && (Lexicon.RoleNouns.Contains(token.Text) || Lexicon.UnnamedSourceNouns.Contains(token.Text) || token.Text is "lawmakers" or "they" or "we" or "i");

    private static bool IsPronounOrName(ParagraphModel paragraph, int t)
    {
        var token = paragraph.Tokens[t];
        return token.Text.ToLowerInvariant() is "it" or "them" or "him" or "her" or "this" or "that" or "these" or "those" or "us" or "me"
            || paragraph.Names[t] is not null;
    }

    /// <summary>
    /// "Merchant of Venice", "Big Brother": every long word capitalised, as a title or a name is written. American
    /// papers set a comma or full stop inside the marks ("on "Fox News Sunday," he said"); a title so written
    /// needs two capitalised long words, so that "Thank you," or "Absolutely," stays a quote.
    /// </summary>
    private static bool IsTitleCase(ParagraphModel paragraph, QuoteSpan span, List<Token> words)
    {
        if (words.Count < 2)
        {
            return false;
        }

        // "The Donald. Big Daddy.", "U-S-A! U-S-A!": a sentence break inside the marks or an exclamation is speech, not a title.
        var text = paragraph.Text.AsSpan(span.Start, span.Length);
        if (text.Contains(". ", StringComparison.Ordinal) || text.Contains('!'))
        {
            return false;
        }

        // "Contract with America.", "Fox and Friends.": a title's short words are lower case, whatever their length.
        var considered = words.Where(w => w == words[0] || !(w.IsLower && TitleSmallWords.Contains(w.Text))).Where(w => w.Text.Length > 3 || w == words[0] || w.IsCapitalised).ToList();
        var capitalised = considered.All(w => w.IsCapitalised || char.IsDigit(w.Text[0]));
        var punctuated = paragraph.Text[span.End - 1] is '.' or ',';
        return capitalised && considered.Count >= 2 && (!punctuated || considered.Count(w => w.Text.Length > 2 && w.IsCapitalised) >= 2);
    }

    /// <summary>"after claiming", "by branding", "as saying": a speech verb's -ing form after a preposition is still the verb.</summary>
    private static bool IsGerundAfterPreposition(ParagraphModel paragraph, int t)
    {
        var token = paragraph.Tokens[t];
        return t > 0 && token.Quote < 0 && token.IsLower && token.Text.EndsWith("ing", StringComparison.Ordinal) && Lexicon.SpeechVerbs.Contains(token.Text)
            && ReferentScanner.IsPreposition(paragraph.Tokens[t - 1]);
    }

    /// <summary>A speech verb, speech noun or "according to" outside quotations in the quotation's sentence or the one before it.</summary>
    private static bool HasCue(ParagraphModel paragraph, int open)
    {
        var start = paragraph.SentenceStart(open);
        var from = start > 0 ? paragraph.SentenceStart(start - 1) : start;
        var end = paragraph.SentenceEnd(open);
        for (var t = from; t < end; t++)
        {
            if (SpeechCues.IsSpeechVerb(paragraph, t) || SpeechCues.IsPassiveSpeechVerb(paragraph, t) || SpeechCues.IsSpeechNoun(paragraph, t)
                || SpeechCues.AccordingTo(paragraph, t) >= 0 || IsGerundAfterPreposition(paragraph, t))
            {
                return true;
            }
        }

        return false;
    }
}
