namespace NewsReader.Suggestions;

/// <summary>
/// Finds the quotations in a paragraph. Double marks make quotations; each opening mark starts a new
/// one, because news copy often runs paragraphs together so that a quotation reopens before it closes
/// (<c>... six months. "We are ...</c>). Single marks inside a double quotation are part of it; outside,
/// a pair of single marks is a quotation only when the closing one cannot be an apostrophe.
/// </summary>
internal static class QuoteScanner
{
    public static List<QuoteSpan> Scan(string original)
    {
        var text = DoubledSingles(original);
        var spans = new List<QuoteSpan>();
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (QuoteMarks.IsDouble(c))
            {
                var facing = QuoteMarks.DoubleFacing(text, i);
                if (facing > 0 || (facing == 0 && open < 0))
                {
                    AddSpan(spans, text, open, i, i, isSingle: false, closed: false);
                    open = i;
                }
                else if (open >= 0)
                {
                    AddSpan(spans, text, open, i, i + 1, isSingle: false, closed: true);
                    open = -1;
                }
            }
            else if (open < 0 && IsSingleOpener(text, i) && FindSingleCloser(text, i + 1) is var close and > 0)
            {
                AddSpan(spans, text, i, close, close + 1, isSingle: true, closed: true);
                i = close;
            }
        }

        AddSpan(spans, text, open, text.Length, text.Length, isSingle: false, closed: false);
        return [.. spans.Select(s => s.Closed ? s : MissingClose.Repair(text, s))];
    }

    /// <summary>
    /// Two single marks typed for a double one (<c>''Personally, ...''</c>) read as a space and a double
    /// mark: one character for one, so offsets into the original stay right.
    /// </summary>
    private static string DoubledSingles(string text)
    {
        if (!text.Contains("''", StringComparison.Ordinal) && !text.Contains("\u2018\u2018", StringComparison.Ordinal) && !text.Contains("\u2019\u2019", StringComparison.Ordinal))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i + 1 < chars.Length; i++)
        {
            if (QuoteMarks.IsSingle(chars[i]) && QuoteMarks.IsSingle(chars[i + 1]))
            {
                var opening = chars[i] == QuoteMarks.LeftSingle || (chars[i] == '\'' && QuoteMarks.OpensAfter(text, i));
                (chars[i], chars[i + 1]) = opening ? (' ', '"') : ('"', ' ');
                i++;
            }
        }

        return new string(chars);
    }

    private static void AddSpan(List<QuoteSpan> spans, string text, int mark, int end, int markEnd, bool isSingle, bool closed)
    {
        if (mark < 0)
        {
            return;
        }

        var start = mark + 1;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add(new QuoteSpan(mark, start, end, markEnd, isSingle, closed));
        }
    }

    private static bool IsSingleOpener(string text, int i)
    {
        var c = text[i];
        if (!QuoteMarks.IsSingle(c) || (c == QuoteMarks.RightSingle && !QuoteMarks.OpensAfter(text, i)))
        {
            return false;
        }

        var nextIsText = i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
        return nextIsText && (c == QuoteMarks.LeftSingle || QuoteMarks.OpensAfter(text, i));
    }

    /// <summary>The closing single mark, or -1: one not followed by a letter or digit (so not "don't"), before any double mark.</summary>
    private static int FindSingleCloser(string text, int from)
    {
        for (var j = from; j < text.Length; j++)
        {
            var c = text[j];
            // A left mark against its context closes ("at 'BBB-‘." as typeset after a hyphen); otherwise it opens something else.
            var strayLeft = c == QuoteMarks.LeftSingle && j > from && !char.IsWhiteSpace(text[j - 1]) && QuoteMarks.ClosesBefore(text, j);
            if (QuoteMarks.IsDouble(c) || (c == QuoteMarks.LeftSingle && !strayLeft))
            {
                return -1;
            }

            var closes = (c == '\'' || c == QuoteMarks.RightSingle || strayLeft) && j > from && !char.IsWhiteSpace(text[j - 1])
                && (j + 1 == text.Length || !char.IsLetterOrDigit(text[j + 1]));
            if (closes)
            {
                return j;
            }
        }

        return -1;
    }
}
