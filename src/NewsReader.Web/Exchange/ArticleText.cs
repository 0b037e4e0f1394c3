using System.Text;

namespace NewsReader.Web.Exchange;

/// <summary>
/// An article's whole text as exports count positions in it: the title, a blank line, then the paragraphs in order
/// with a blank line between each (the plain-text file format that ingest reads, line endings as <c>\n</c>).
/// Positions are Unicode code points, as the Web Annotation model's TextPositionSelector counts, not UTF-16 units:
/// a character outside the Basic Multilingual Plane (an emoji, some CJK) counts once.
/// </summary>
public sealed class ArticleText
{
    public const string Separator = "\n\n";

    private readonly Dictionary<int, (int Ordinal, int CodePointStart, string Text)> _paragraphs = [];

    public ArticleText(string title, IReadOnlyList<(int Id, string Text)> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(paragraphs);
        var builder = new StringBuilder(title);
        var offset = CodePoints(title);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var (id, text) = paragraphs[i];
            builder.Append(Separator);
            offset += Separator.Length;
            _paragraphs[id] = (i, offset, text);
            builder.Append(text);
            offset += CodePoints(text);
        }

        Text = builder.ToString();
    }

    /// <summary>The whole text.</summary>
    public string Text { get; }

    /// <summary>The paragraph's place in the article (0 for the first), for ordering.</summary>
    public int OrdinalOf(int paragraphId) => _paragraphs.TryGetValue(paragraphId, out var paragraph) ? paragraph.Ordinal : int.MaxValue;

    /// <summary>A span given in UTF-16 offsets within a paragraph, as code points of the whole text; null for an unknown paragraph.</summary>
    public TextSpan? Span(int paragraphId, int start, int end)
    {
        if (!_paragraphs.TryGetValue(paragraphId, out var paragraph) || start < 0 || end < start || end > paragraph.Text.Length)
        {
            return null;
        }

        var from = paragraph.CodePointStart + CodePoints(paragraph.Text.AsSpan(0, start));
        return new TextSpan(from, from + CodePoints(paragraph.Text.AsSpan(start, end - start)));
    }

    /// <summary>Code points in a UTF-16 string: each surrogate pair counts once (a lone surrogate counts as one too).</summary>
    public static int CodePoints(ReadOnlySpan<char> text)
    {
        var count = text.Length;
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
            {
                count--;
                i++;
            }
        }

        return count;
    }
}
