namespace NewsReader.Suggestions;

/// <summary>Which characters are quotation marks, and which way a mark faces from its context.</summary>
internal static class QuoteMarks
{
    public const char LeftDouble = '\u201C';
    public const char RightDouble = '\u201D';
    public const char LeftSingle = '\u2018';
    public const char RightSingle = '\u2019';

    public static bool IsDouble(char c) => c is '"' or LeftDouble or RightDouble or '\u201E' or '\u00AB' or '\u00BB';

    public static bool IsSingle(char c) => c is '\'' or LeftSingle or RightSingle;

    public static bool IsAnyMark(char c) => IsDouble(c) || IsSingle(c);

    /// <summary>Start of text, a space, or punctuation after which a quotation starts ("said: (“...").</summary>
    public static bool OpensAfter(string text, int index)
    {
        if (index == 0)
        {
            return true;
        }

        var before = text[index - 1];
        return char.IsWhiteSpace(before) || before is '(' or '[' or '{' or '\u2013' or '\u2014' or '-' or '/' or ':'
            || (IsAnyMark(before) && before != RightDouble && before != RightSingle);
    }

    /// <summary>End of text, a space or closing punctuation after the mark.</summary>
    public static bool ClosesBefore(string text, int index)
    {
        if (index + 1 >= text.Length)
        {
            return true;
        }

        // A bracket or a single mark right after opens something inside: "[Alastair] will", "'Oh no".
        var after = text[index + 1];
        var opensInside = after is '(' or '[' or '{' or '\'' or LeftSingle;
        return char.IsWhiteSpace(after) || ((char.IsPunctuation(after) || char.IsSymbol(after)) && !opensInside);
    }

    /// <summary>
    /// How a double mark faces: 1 opens, -1 closes, 0 cannot tell from context. Curly marks say which
    /// way they face unless their context plainly contradicts it (a typist's stray “ at a sentence end).
    /// </summary>
    public static int DoubleFacing(string text, int index)
    {
        // A mark with spaces on both sides (copy that reads <c>...a year. " And</c>) faces whichever way
        // closes what is open: typesetting software makes it an opening mark, wrongly.
        var spaceBefore = index == 0 || char.IsWhiteSpace(text[index - 1]);
        var spaceAfter = index + 1 >= text.Length || char.IsWhiteSpace(text[index + 1]);
        if (spaceBefore && spaceAfter)
        {
            return 0;
        }

        var opensContext = OpensAfter(text, index) && !ClosesBefore(text, index);
        var closesContext = !OpensAfter(text, index) && ClosesBefore(text, index);
        // A curly mark against its usual context ("of”squabbling", "carpet.”It's") is taken as
        // undecided, so the quotation state decides, as it does for a straight mark.
        var letterBefore = index > 0 && char.IsLetterOrDigit(text[index - 1]);
        var letterAfter = index + 1 < text.Length && char.IsLetterOrDigit(text[index + 1]);
        return text[index] switch
        {
            LeftDouble or '\u201E' or '\u00AB' => closesContext ? -1 : letterBefore ? 0 : 1,
            RightDouble or '\u00BB' => opensContext ? 1 : letterAfter ? 0 : -1,
            _ => opensContext ? 1 : closesContext ? -1 : 0,
        };
    }
}
