using System.Text;
using NewsReader.Web.Domain;

namespace NewsReader.Web.Ingestion;

/// <summary>The outcome of parsing one file: content, or the reason there is none, plus any warnings.</summary>
public sealed record ParseResult(ArticleContent? Content, Rejection? Rejection, IReadOnlyList<string> Warnings)
{
    public static ParseResult Rejected(RejectionReason reason, string detail, IReadOnlyList<string>? warnings = null) =>
        new(null, new Rejection(reason, detail), warnings ?? []);
}

/// <summary>
/// Turns the bytes of an article file into a title and paragraphs. Pure: no I/O, no database.
/// Format: UTF-8 (BOM and CRLF allowed); the first non-blank line is the title; paragraphs are
/// separated by blank lines and their inner line breaks become spaces.
/// </summary>
public static class ArticleParser
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Windows1252 = CreateWindows1252();

    public static ParseResult Parse(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return ParseResult.Rejected(RejectionReason.UnsupportedEncoding, "the file starts with a UTF-16 byte order mark; save it as UTF-8");
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            return ParseResult.Rejected(RejectionReason.Binary, $"binary content: NUL byte at offset {nul}");
        }

        var warnings = new List<string>();
        var text = Decode(bytes, warnings);
        return Parse(text, warnings);
    }

    /// <summary>Parses already-decoded text (used by tests and by <see cref="Parse(ReadOnlySpan{byte})"/>).</summary>
    public static ParseResult Parse(string text, List<string>? warnings = null)
    {
        warnings ??= [];

        // A second byte order mark (files concatenated or re-saved) is not part of the title. No text is stored
        // with NUL (Domain.StoredText); a file's NUL bytes were refused above, text handed in directly is cleaned.
        text = Domain.StoredText.WithoutNul(RepairC1(text.TrimStart('\uFEFF')));
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult.Rejected(RejectionReason.Empty, "the file is empty or only whitespace", warnings);
        }

        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var index = 0;
        while (string.IsNullOrWhiteSpace(lines[index]))
        {
            index++;
        }

        var title = lines[index].Trim();
        if (title.Length > Article.MaxTitleLength)
        {
            return ParseResult.Rejected(RejectionReason.TitleTooLong, $"the first line (the title) has {title.Length:N0} characters; at most {Article.MaxTitleLength:N0} are allowed", warnings);
        }

        var paragraphs = ReadParagraphs(lines, index + 1);
        if (paragraphs.Count == 0)
        {
            return ParseResult.Rejected(RejectionReason.NoBody, "the file has a title but no paragraphs", warnings);
        }

        if (paragraphs.Count > Article.MaxParagraphs)
        {
            return ParseResult.Rejected(RejectionReason.TooManyParagraphs, $"{paragraphs.Count:N0} paragraphs; at most {Article.MaxParagraphs:N0} are allowed", warnings);
        }

        return new ParseResult(new ArticleContent(title, paragraphs), null, warnings);
    }

    private static List<ParagraphDraft> ReadParagraphs(string[] lines, int start)
    {
        var paragraphs = new List<ParagraphDraft>();
        var current = new StringBuilder();
        for (var i = start; i <= lines.Length; i++)
        {
            var line = i < lines.Length ? lines[i].Trim() : string.Empty;
            if (line.Length > 0)
            {
                if (current.Length > 0)
                {
                    current.Append(' ');
                }

                current.Append(line);
            }
            else if (current.Length > 0)
            {
                var paragraph = current.ToString();
                paragraphs.Add(new ParagraphDraft(CaptionRules.Classify(paragraph), paragraph));
                current.Clear();
            }
        }

        return paragraphs;
    }

    private static string Decode(ReadOnlySpan<byte> bytes, List<string> warnings)
    {
        var body = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
        try
        {
            return StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            warnings.Add("not valid UTF-8; decoded as Windows-1252");
            return Windows1252.GetString(body);
        }
    }

    // U+0080-U+009F are control codes nobody types; in text they are Windows-1252 punctuation that was
    // once decoded as Latin-1 (U+0096 for an en dash). Browsers show them as that punctuation, so they
    // are stored as it: what a reader sees and selects is then exactly what is stored.
    private static string RepairC1(string text)
    {
        if (!text.Any(c => c is >= '\u0080' and <= '\u009F'))
        {
            return text;
        }

        var repaired = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            repaired.Append(c is >= '\u0080' and <= '\u009F' ? Windows1252.GetString([(byte)c]) : c.ToString());
        }

        return repaired.ToString();
    }

    private static Encoding CreateWindows1252()
    {
        // .NET Core ships only the Unicode encodings until the code-page provider is registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
