using System.Text.Encodings.Web;
using System.Text.Unicode;
using NewsReader.Web.Domain;

namespace NewsReader.Web.People;

/// <summary>
/// Keyword in context: an annotation's stored prefix, exact text and suffix as one readable line. A
/// context cut at its stored length loses its partial first or last word and gains an ellipsis. Pure.
/// </summary>
public static class Kwic
{
    private const string Ellipsis = "\u2026";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public sealed record Parts(string Before, string Exact, string After);

    public static Parts For(string prefix, string exact, string suffix) => new(Before(prefix), exact, After(suffix));

    /// <summary>The line as HTML, like the search snippets: all text encoded, the exact text in &lt;mark&gt;.</summary>
    public static string Html(string prefix, string exact, string suffix)
    {
        var parts = For(prefix, exact, suffix);
        return Encoder.Encode(parts.Before) + "<mark>" + Encoder.Encode(parts.Exact) + "</mark>" + Encoder.Encode(parts.After);
    }

    private static string Before(string prefix)
    {
        if (prefix.Length < Annotation.ContextLength)
        {
            return prefix; // the whole start of the paragraph
        }

        var space = prefix.IndexOf(' ', StringComparison.Ordinal);
        return Ellipsis + (space >= 0 ? prefix[(space + 1)..] : prefix);
    }

    private static string After(string suffix)
    {
        if (suffix.Length < Annotation.ContextLength)
        {
            return suffix;
        }

        var space = suffix.LastIndexOf(' ');
        return (space > 0 ? suffix[..space] : suffix) + Ellipsis;
    }
}
