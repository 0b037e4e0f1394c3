using System.Security.Cryptography;
using System.Text;

namespace NewsReader.Web.Domain;

/// <summary>One paragraph of parsed text, before it is stored.</summary>
public sealed record ParagraphDraft(ParagraphKind Kind, string Text);

/// <summary>
/// The normalised text of an article: a title and at least one paragraph, with the derived
/// hash and word count. Built by the parser; stored by the importer.
/// </summary>
public sealed class ArticleContent
{
    public ArticleContent(string title, IReadOnlyList<ParagraphDraft> paragraphs)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(paragraphs);
        if (paragraphs.Count == 0)
        {
            throw new ArgumentException("An article needs at least one paragraph.", nameof(paragraphs));
        }

        Title = title;
        Paragraphs = paragraphs;
        NormalisedText = title + "\n\n" + string.Join("\n\n", paragraphs.Select(p => p.Text));
        Hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(NormalisedText)));
        WordCount = paragraphs.Where(p => p.Kind == ParagraphKind.Body).Sum(p => CountWords(p.Text));
    }

    public string Title { get; }

    public IReadOnlyList<ParagraphDraft> Paragraphs { get; }

    /// <summary>Title and paragraphs joined by blank lines: what the hash is computed over.</summary>
    public string NormalisedText { get; }

    public string Hash { get; }

    /// <summary>Words in body paragraphs (captions are page furniture, not reading).</summary>
    public int WordCount { get; }

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordChar = !char.IsWhiteSpace(c);
            if (isWordChar && !inWord)
            {
                count++;
            }

            inWord = isWordChar;
        }

        return count;
    }
}
