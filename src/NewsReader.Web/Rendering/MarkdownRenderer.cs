using Markdig;
using Markdig.Extensions.EmphasisExtras;

namespace NewsReader.Web.Rendering;

/// <summary>
/// Renders user-written Markdown (annotation notes, person descriptions) as HTML that is safe to
/// embed: raw HTML is shown as text, only web, mail and relative links survive, and images never load.
/// Stateless apart from the immutable pipeline, so one instance can be shared (a singleton).
/// </summary>
public sealed class MarkdownRenderer
{
    // Links come from users, so they earn no ranking credit and give the target no handle on this page.
    private const string LinkRel = "nofollow noopener noreferrer";

    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    // Every extension here emits only Markdig's own tags. Strikethrough only: subscript would turn
    // "~5 to ~10" into markup, and "==" marks would clash with the highlight marks on the same page.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .UseAutoLinks()
        .UseListExtras()
        .DisableHtml()
        .Use(new SafeLinksExtension(IsSafeUrl, LinkRel))
        .Build();

    public string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return string.Empty;
        }

        return Markdown.ToHtml(markdown, Pipeline);
    }

    /// <summary>
    /// True for http, https and mailto URLs and for relative ones. Control characters and whitespace
    /// are removed first because browsers ignore them inside a scheme ("jav\tascript:" runs script).
    /// </summary>
    internal static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        var cleaned = new string([.. url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c))]);
        var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return true;
        }

        // A colon after the first '/', '?' or '#' belongs to a relative URL's path, query or fragment.
        var pathStart = cleaned.IndexOfAny(['/', '?', '#']);
        if (pathStart >= 0 && pathStart < colon)
        {
            return true;
        }

        return AllowedSchemes.Contains(cleaned[..colon], StringComparer.OrdinalIgnoreCase);
    }
}
