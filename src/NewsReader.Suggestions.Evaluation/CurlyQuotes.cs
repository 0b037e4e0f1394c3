namespace NewsReader.Suggestions.Evaluation;

/// <summary>
/// Turns straight quotation marks into curly ones by context, one character for one, so offsets do not
/// move: a mark after a space, the start or opening punctuation opens (“ ‘), any other closes (” ’);
/// an apostrophe between letters becomes ’. This is how a typesetter would print the same copy.
/// </summary>
public static class CurlyQuotes
{
    public static string Convert(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny('"', '\'') < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is '"' or '\'')
            {
                var opens = Opens(text, i);
                chars[i] = chars[i] == '"' ? (opens ? '\u201C' : '\u201D') : (opens ? '\u2018' : '\u2019');
            }
        }

        return new string(chars);
    }

    private static bool Opens(string text, int i)
    {
        if (i == 0)
        {
            return true;
        }

        var before = text[i - 1];
        if (char.IsLetterOrDigit(before))
        {
            return false;
        }

        // A mark next to another faces the same way ('" closes, "' opens).
        if (before is '"' or '\'')
        {
            return Opens(text, i - 1);
        }

        return char.IsWhiteSpace(before) || before is '(' or '[' or '{' or '\u2013' or '\u2014' or '-' or '/';
    }
}
