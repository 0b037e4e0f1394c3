namespace NewsReader.Web.Suggestions;

/// <summary>
/// Numbers the sentences of a paragraph. A quotation belongs to the sentence its opening mark is in,
/// so its own full stops do not split the sentence around it; a quotation that ends a sentence
/// (<c>... that." The</c>) or is reopened (<c>... that. "We</c>) does.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt", "Rev", "Jr", "Sr", "Inc", "Ltd",
        "Co", "Corp", "vs", "No", "Mt", "Ft", "Gov", "Sen", "Rep", "Supt", "Insp", "Det", "approx", "etc", "eg", "ie",
    };

    public static void Mark(ParagraphModel paragraph)
    {
        var tokens = paragraph.Tokens;
        var sentence = 0;
        var startNext = true;
        var quoteStartNext = false;
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            var opened = paragraph.QuoteOpenedBy(t);
            if (opened > 0 && !paragraph.Quotes[opened - 1].Closed && EndsSentence(paragraph, paragraph.Quotes[opened - 1]) && !startNext)
            {
                sentence++;
            }

            token.Sentence = sentence;
            if (opened >= 0)
            {
                quoteStartNext = true;
            }

            if (token.IsWord && (startNext || (token.Quote >= 0 && quoteStartNext)))
            {
                token.StartsSentence = true;
            }

            if (token.IsWord)
            {
                startNext = false;
                quoteStartNext = false;
            }

            if (IsBoundary(paragraph, t))
            {
                if (token.Quote >= 0)
                {
                    quoteStartNext = true;
                }
                else
                {
                    sentence++;
                    startNext = true;
                }
            }
        }
    }

    private static bool IsBoundary(ParagraphModel paragraph, int t)
    {
        var tokens = paragraph.Tokens;
        var token = tokens[t];
        if (token.IsWord || !NextStarts(paragraph, t + 1))
        {
            return false;
        }

        if (token.Text is "." or "!" or "?")
        {
            return token.Text != "." || t == 0 || !IsAbbreviation(tokens[t - 1]);
        }

        // A closing mark after a quotation that ends with a full stop ends the sentence too.
        var closed = paragraph.Quotes.FindIndex(q => q.Closed && q.MarkEnd == token.End);
        return closed >= 0 && EndsSentence(paragraph, paragraph.Quotes[closed]);
    }

    private static bool EndsSentence(ParagraphModel paragraph, QuoteSpan quote) =>
        paragraph.Text[quote.End - 1] is '.' or '!' or '?' or '\u2026';

    private static bool NextStarts(ParagraphModel paragraph, int next)
    {
        if (next >= paragraph.Tokens.Count)
        {
            return true;
        }

        var token = paragraph.Tokens[next];
        return token.IsCapitalised || char.IsDigit(token.Text[0]) || paragraph.QuoteOpenedBy(next) >= 0 || token.Text is "(" or "[";
    }

    private static bool IsAbbreviation(Token word) =>
        word.IsWord && (Abbreviations.Contains(word.Text) || (word.Text.Length == 1 && char.IsUpper(word.Text[0])));
}
