using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace NewsReader.Web.Rendering;

/// <summary>
/// Checks every link at the moment the HTML renderer writes it, so no way of building the tree (a
/// reference definition, an autolink beside a link, a link nested in emphasis) can get an unsafe URL
/// into the page: a tree walk before rendering once missed an autolink next to a link it unwrapped.
/// </summary>
internal sealed class SafeLinksExtension(Func<string?, bool> isSafe, string rel) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html)
        {
            return;
        }

        html.ObjectRenderers.ReplaceOrAdd<LinkInlineRenderer>(new SafeLinkRenderer(isSafe) { Rel = rel });
        html.ObjectRenderers.ReplaceOrAdd<AutolinkInlineRenderer>(new SafeAutolinkRenderer(isSafe, rel));

        // A backstop for any other writer of URLs (a future extension): an unsafe URL is written empty.
        var previous = html.LinkRewriter;
        html.LinkRewriter = url =>
        {
            var rewritten = previous is null ? url : previous(url);
            return isSafe(rewritten) ? rewritten : string.Empty;
        };
    }

    /// <summary>
    /// Markdown links and images. An image is written as its description: loading it would send a
    /// request the reader never chose. An unsafe link is written as its text, without the element.
    /// </summary>
    private sealed class SafeLinkRenderer(Func<string?, bool> isSafe) : LinkInlineRenderer
    {
        protected override void Write(HtmlRenderer renderer, LinkInline link)
        {
            var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
            if (link.IsImage || !isSafe(url))
            {
                renderer.WriteChildren(link);
                return;
            }

            base.Write(renderer, link);
        }
    }

    /// <summary><c>&lt;scheme:...&gt;</c> autolinks: an unsafe one is written as plain text.</summary>
    // Rel as an attribute, not the renderer's Rel property, which Markdig leaves off mail links.
    private sealed class SafeAutolinkRenderer(Func<string?, bool> isSafe, string rel) : AutolinkInlineRenderer
    {
        protected override void Write(HtmlRenderer renderer, AutolinkInline link)
        {
            if (!isSafe(link.Url))
            {
                renderer.WriteEscape(link.Url);
                return;
            }

            link.GetAttributes().AddPropertyIfNotExist("rel", rel);
            base.Write(renderer, link);
        }
    }
}
