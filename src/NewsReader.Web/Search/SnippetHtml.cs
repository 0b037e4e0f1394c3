using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace NewsReader.Web.Search;

/// <summary>
/// Snippets come from the index with the matching words between two control characters; this turns
/// them into HTML: every piece of text encoded, the matches in <c>&lt;mark&gt;</c>. Pure.
/// </summary>
public static class SnippetHtml
{
    public const char Open = '\u0002';
    public const char Close = '\u0003';

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>An article's opening for a hit without a snippet of its own: its first 200 characters, encoded.</summary>
    public static string RenderOpening(string? paragraph) =>
        Render(paragraph is null || paragraph.Length <= 200 ? paragraph : paragraph[..200] + "…");

    public static string Render(string? marked)
    {
        if (string.IsNullOrEmpty(marked))
        {
            return string.Empty;
        }

        var html = new StringBuilder(marked.Length + 32);
        var inMark = false;
        var start = 0;
        for (var i = 0; i <= marked.Length; i++)
        {
            if (i < marked.Length && marked[i] != Open && marked[i] != Close)
            {
                continue;
            }

            html.Append(Encoder.Encode(marked[start..i]));
            if (i < marked.Length)
            {
                var opening = marked[i] == Open;
                if (opening != inMark)
                {
                    html.Append(opening ? "<mark>" : "</mark>");
                    inMark = opening;
                }
            }

            start = i + 1;
        }

        return inMark ? html.Append("</mark>").ToString() : html.ToString();
    }
}
