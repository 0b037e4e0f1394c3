namespace NewsReader.Suggestions;

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
        // American titles and dates: "Del. Ann Moss", "Atty. Gen.", "Oct. 5".
        "Del", "Atty", "Adm", "Cmdr", "Maj", "Brig", "Cpl", "Pvt", "Amb", "Hon", "Fr", "Msgr", "Sec", "Pres", "Ald",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    public static void Mark(ParagraphModel paragraph)
    {
        var sentence = 0;
        var startNext = true;
        var quoteStartNext = false;
        for (var t = 0; t < paragraph.Tokens.Count; t++)
        {
            var token = paragraph.Tokens[t];
            var opened = paragraph.QuoteOpenedBy(t);
            if (!startNext && Reopens(paragraph, opened))
            {
                sentence++;
            }

            token.Sentence = sentence;
            quoteStartNext |= opened >= 0;
            if (token.IsWord)
            {
                token.StartsSentence = startNext || (token.Quote >= 0 && quoteStartNext);
                startNext = false;
                quoteStartNext = false;
            }

            // Inside a quotation a full stop only marks where the next word starts a sentence of its own.
            if (IsBoundary(paragraph, t))
            {
                quoteStartNext = token.Quote >= 0;
                startNext = token.Quote < 0;
                sentence += token.Quote < 0 ? 1 : 0;
            }
        }
    }

    /// <summary>An opening mark that reopens a quotation whose last sentence ended: <c>... six months. "We are</c>.</summary>
    private static bool Reopens(ParagraphModel paragraph, int opened) =>
        opened > 0 && !paragraph.Quotes[opened - 1].Closed && EndsSentence(paragraph, paragraph.Quotes[opened - 1]);

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

    /// <summary>A word whose full stop does not end a sentence: a title ("Mr", "Sen"), "Jr", "Inc" or an initial.</summary>
    public static bool IsAbbreviation(Token word) =>
        word.IsWord && (Abbreviations.Contains(word.Text) || (word.Text.Length == 1 && char.IsUpper(word.Text[0])) || Lexicon.IsInitials(word.Text));
}
