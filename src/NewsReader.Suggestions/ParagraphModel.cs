namespace NewsReader.Suggestions;

/// <summary>
/// One paragraph read once: its words, its quotations and its sentences. The rules look things up here
/// rather than re-scanning the text. <see cref="Index"/> is the product's paragraph index, or
/// <see cref="PersonMention.TitleParagraph"/> for the title.
/// </summary>
internal sealed class ParagraphModel
{
    private ParagraphModel(int index, string text, List<Token> tokens, List<QuoteSpan> quotes)
    {
        Index = index;
        Text = text;
        Tokens = tokens;
        Quotes = quotes;
    }

    public int Index { get; }

    public string Text { get; }

    public List<Token> Tokens { get; }

    public List<QuoteSpan> Quotes { get; }

    public bool IsTitle => Index == PersonMention.TitleParagraph;

    /// <summary>For each token, the name it is part of (null when none); filled by <see cref="ArticleModel"/>.</summary>
    public NameMention?[] Names { get; private set; } = [];

    public static ParagraphModel Read(int index, string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var quotes = index == PersonMention.TitleParagraph ? new List<QuoteSpan>() : QuoteScanner.Scan(text);
        var model = new ParagraphModel(index, text, tokens, quotes);
        model.MarkQuotes();
        SentenceSplitter.Mark(model);
        return model;
    }

    /// <summary>A number that orders tokens across the article: title first, then paragraph by paragraph.</summary>
    public long PositionOf(int token) => ((long)(Index + 1) << 20) + token;

    /// <summary>The first token of the sentence that token <paramref name="t"/> is in.</summary>
    public int SentenceStart(int t)
    {
        var sentence = Tokens[t].Sentence;
        while (t > 0 && Tokens[t - 1].Sentence == sentence)
        {
            t--;
        }

        return t;
    }

    /// <summary>One past the last token of the sentence that token <paramref name="t"/> is in.</summary>
    public int SentenceEnd(int t)
    {
        var sentence = Tokens[t].Sentence;
        while (t < Tokens.Count && Tokens[t].Sentence == sentence)
        {
            t++;
        }

        return t;
    }

    public void SetNames(IEnumerable<NameMention> mentions)
    {
        Names = new NameMention?[Tokens.Count];
        foreach (var mention in mentions)
        {
            for (var t = mention.First; t <= mention.Last; t++)
            {
                Names[t] = mention;
            }
        }
    }

    /// <summary>The first token at or after a character offset (Tokens.Count when none).</summary>
    public int TokenAt(int offset)
    {
        int low = 0, high = Tokens.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (Tokens[mid].Start < offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>
    /// The token before the opening mark at <paramref name="open"/>, past the first apostrophe of a doubled mark
    /// (<c>''It is ...''</c>, where the quotation opens at the second); -1 at the paragraph's start.
    /// </summary>
    public int BeforeOpeningMark(int open)
    {
        var before = open - 1;
        return before >= 0 && !Tokens[before].IsWord && QuoteMarks.IsAnyMark(Tokens[before].Text[0]) && Tokens[before].End == Tokens[open].Start ? before - 1 : before;
    }

    /// <summary>The first token after a quotation's closing mark, past the second apostrophe of a doubled mark (Tokens.Count when none).</summary>
    public int AfterClosingMark(QuoteSpan span)
    {
        var after = TokenAt(span.MarkEnd);
        return after < Tokens.Count && !Tokens[after].IsWord && QuoteMarks.IsAnyMark(Tokens[after].Text[0]) && Tokens[after].Start == span.MarkEnd ? after + 1 : after;
    }

    /// <summary>The quotation whose opening mark is this token, or -1.</summary>
    public int QuoteOpenedBy(int tokenIndex)
    {
        var start = Tokens[tokenIndex].Start;
        return Quotes.FindIndex(q => q.MarkStart == start);
    }

    private void MarkQuotes()
    {
        for (var q = 0; q < Quotes.Count; q++)
        {
            var quote = Quotes[q];
            for (var t = TokenAt(quote.Start); t < Tokens.Count && Tokens[t].End <= quote.End; t++)
            {
                Tokens[t].Quote = q;
            }
        }
    }
}
