namespace NewsReader.ReanchorBench;

/// <summary>
/// The typographic pass a sub-editor runs: straight quotes and apostrophes curled, or curly ones
/// straightened when the article already has them. Every mark changes in place, one character for one.
/// </summary>
internal static class Quotes
{
    public static List<EditedParagraph>? CurlOrStraighten(ArticleBefore article)
    {
        var curl = article.Paragraphs.Any(t => t.Contains('"', StringComparison.Ordinal) || t.Contains('\'', StringComparison.Ordinal));
        var straighten = !curl && article.Paragraphs.Any(t => t.AsSpan().IndexOfAny("\u201C\u201D\u2018\u2019") >= 0);
        if (!curl && !straighten)
        {
            return null;
        }

        var edited = new List<EditedParagraph>();
        for (var i = 0; i < article.Paragraphs.Count; i++)
        {
            var text = article.Paragraphs[i];
            var changes = new List<(int, int, string)>();
            for (var k = 0; k < text.Length; k++)
            {
                if ((curl ? Curled(text, k) : Straight(text[k])) is { } mark)
                {
                    changes.Add((k, k + 1, mark.ToString()));
                }
            }

            edited.Add(EditedParagraph.Replace(i, text, changes));
        }

        return edited;
    }

    private static char? Curled(string text, int k)
    {
        var opening = k == 0 || char.IsWhiteSpace(text[k - 1]) || text[k - 1] is '(' or '[' or '\u2014';
        return text[k] switch
        {
            '"' => opening ? '\u201C' : '\u201D',
            '\'' => opening ? '\u2018' : '\u2019',
            _ => null,
        };
    }

    private static char? Straight(char c) => c switch
    {
        '\u201C' or '\u201D' => '"',
        '\u2018' or '\u2019' => '\'',
        _ => null,
    };
}
