namespace NewsReader.Web.Suggestions;

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

        var after = text[index + 1];
        return char.IsWhiteSpace(after) || char.IsPunctuation(after) || char.IsSymbol(after);
    }

    /// <summary>
    /// How a double mark faces: 1 opens, -1 closes, 0 cannot tell from context. Curly marks say which
    /// way they face unless their context plainly contradicts it (a typist's stray “ at a sentence end).
    /// </summary>
    public static int DoubleFacing(string text, int index)
    {
        var opensContext = OpensAfter(text, index) && !ClosesBefore(text, index);
        var closesContext = !OpensAfter(text, index) && ClosesBefore(text, index);
        return text[index] switch
        {
            LeftDouble or '\u201E' or '\u00AB' => closesContext ? -1 : 1,
            RightDouble or '\u00BB' => opensContext ? 1 : -1,
            _ => opensContext ? 1 : closesContext ? -1 : 0,
        };
    }
}
