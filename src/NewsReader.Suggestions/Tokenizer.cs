namespace NewsReader.Suggestions;

/// <summary>
/// Splits text into words and single punctuation marks. A word keeps inner apostrophes, hyphens,
/// full stops and ampersands ("don't", "Lloyd-Webber", "U.S", "AT&amp;T", "3.5"), so an apostrophe
/// inside a word is never mistaken for a quotation mark.
/// </summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (IsWordChar(c))
            {
                i++;
                while (i < text.Length && (IsWordChar(text[i]) || (IsJoiner(text[i]) && i + 1 < text.Length && IsWordChar(text[i + 1]))))
                {
                    i++;
                }
            }
            else
            {
                i++;
            }

            tokens.Add(new Token(start, i, text[start..i], IsWordChar(c)));
        }

        return tokens;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    private static bool IsJoiner(char c) => c is '\'' or '\u2019' or '-' or '\u2010' or '.' or '&';
}
