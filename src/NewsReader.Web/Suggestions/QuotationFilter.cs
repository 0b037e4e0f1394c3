namespace NewsReader.Web.Suggestions;

/// <summary>
/// Decides whether text in quotation marks reproduces someone's words. A quotation of five words or a
/// full sentence does; a short one ("desperate", "one iota") only when a speech verb or noun is in its
/// sentence or the one before, since short quoted phrases without one are mostly scare quotes or terms
/// ("a balance of probabilities"). Names, nicknames and titles ("known as", "so-called", title case) are not quotes.
/// </summary>
internal static class QuotationFilter
{
    private const int LongQuoteWords = 5;

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
        if (IsNamed(paragraph, open) || IsTitleCase(paragraph, span, words))
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

    /// <summary>"known as", "so-called", "in other words," and the like just before the opening mark.</summary>
    private static bool IsNamed(ParagraphModel paragraph, int open)
    {
        var tokens = paragraph.Tokens;
        for (var t = open - 1; t >= 0 && t >= open - 3; t--)
        {
            if (tokens[t].Quote >= 0)
            {
                return false;
            }

            if (Lexicon.NamingCues.Contains(tokens[t].Text) || (tokens[t].Is("words") && t > 0 && tokens[t - 1].Is("other")))
            {
                return true;
            }

            // "It is called "podcasting"", "a program called "ipodder"" name a thing; "called it "a disgrace"" quotes.
            if (t == open - 1 && t > 0 && (tokens[t].Is("called") || tokens[t].Is("named")) && !IsPronounOrName(paragraph, t - 1))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPronounOrName(ParagraphModel paragraph, int t)
    {
        var token = paragraph.Tokens[t];
        return token.Text.ToLowerInvariant() is "it" or "them" or "him" or "her" or "this" or "that" or "these" or "those" or "us" or "me"
            || paragraph.Names[t] is not null;
    }

    /// <summary>"Merchant of Venice", "Big Brother": every long word capitalised, as a title or a name is written.</summary>
    private static bool IsTitleCase(ParagraphModel paragraph, QuoteSpan span, List<Token> words)
    {
        if (words.Count < 2 || paragraph.Text[span.End - 1] is '.' or ',')
        {
            return false;
        }

        return words.Where(w => w.Text.Length > 3 || w == words[0]).All(w => w.IsCapitalised || char.IsDigit(w.Text[0]));
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
                || SpeechCues.AccordingTo(paragraph, t) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
