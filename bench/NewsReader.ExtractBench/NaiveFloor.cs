using System.Text.RegularExpressions;
using NewsReader.Suggestions;

/// <summary>
/// The floor the extractor is compared with: the most naive extraction imaginable, two compiled regular
/// expressions per paragraph (text between double quotation marks; runs of capitalised words). It reads
/// every character about as often as any extractor must, and knows nothing of speakers or names.
/// </summary>
internal static partial class NaiveFloor
{
    public static int Extract(ArticleText article)
    {
        var found = 0;
        foreach (var paragraph in article.Paragraphs)
        {
            found += Quoted().Count(paragraph) + Capitalised().Count(paragraph);
        }

        return found;
    }

    [GeneratedRegex("[\"\u201c][^\"\u201d]*[\"\u201d]")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+")]
    private static partial Regex Capitalised();
}
