using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace NewsReader.Web.Rendering;

/// <summary>
/// Renders one paragraph's text as HTML, wrapping each annotation in a <c>mark</c> element and each
/// pending suggestion in a <c>span class="sg"</c> (id <c>s-N</c>; annotations have <c>h-N</c>).
/// Spans may nest (a quote containing person mentions) or overlap; overlaps are split into
/// properly nested pieces, and only the first piece of a span carries its anchor and focus stop.
/// </summary>
public static class HighlightRenderer
{
    // Every range allowed so names and accents stay readable in the source; the encoder still
    // encodes the characters that matter for HTML (<, >, &, quotes) whatever the ranges.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    // The kind is written into a class attribute, so only these known values are ever let through.
    private static readonly string[] Kinds = ["quote", "person", "topic"];

    public static string Render(string text, IReadOnlyList<HighlightSpan> spans) =>
        Render(text, spans, new HashSet<int>());

    /// <summary>
    /// As <see cref="Render(string, IReadOnlyList{HighlightSpan})"/>, for annotations spanning paragraphs:
    /// ids in <paramref name="anchoredIds"/> already have their anchor and get continuation pieces only;
    /// ids anchored by this call are added to the set.
    /// </summary>
    public static string Render(string text, IReadOnlyList<HighlightSpan> spans, ISet<int> anchoredIds)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentNullException.ThrowIfNull(anchoredIds);

        var usable = Usable(text, spans);
        if (usable.Count == 0)
        {
            return Encoder.Encode(text);
        }

        var writer = new MarkWriter(text, anchoredIds);
        var next = 0;
        foreach (var position in Boundaries(usable))
        {
            writer.WriteTextUpTo(position);
            writer.CloseEndingAt(position);
            for (; next < usable.Count && usable[next].Start == position; next++)
            {
                writer.Open(usable[next]);
            }
        }

        writer.WriteTextUpTo(text.Length);
        return writer.ToString();
    }

    // Outer (longer) spans first at the same start, so nesting needs no splitting; id makes the order total.
    private static List<HighlightSpan> Usable(string text, IReadOnlyList<HighlightSpan> spans) =>
        [.. spans.Where(span => span is not null && IsUsable(text, span))
            .OrderBy(span => span.Start)
            .ThenByDescending(span => span.End)
            .ThenBy(span => span.Suggested)
            .ThenBy(span => span.AnnotationId)];

    private static bool IsUsable(string text, HighlightSpan span) =>
        span.Start >= 0
        && span.Start < span.End
        && span.End <= text.Length
        && Array.IndexOf(Kinds, span.Kind) >= 0
        && !SplitsSurrogatePair(text, span.Start)
        && !SplitsSurrogatePair(text, span.End);

    private static bool SplitsSurrogatePair(string text, int position) =>
        position > 0
        && position < text.Length
        && char.IsHighSurrogate(text[position - 1])
        && char.IsLowSurrogate(text[position]);

    private static IEnumerable<int> Boundaries(List<HighlightSpan> spans) =>
        spans.SelectMany(span => new[] { span.Start, span.End }).Distinct().Order();

    /// <summary>Writes text and marks in order, keeping the stack of marks currently open.</summary>
    private sealed class MarkWriter
    {
        private readonly string _text;
        private readonly ISet<int> _anchoredIds;
        private readonly StringWriter _html = new(CultureInfo.InvariantCulture);
        private readonly List<HighlightSpan> _open = [];
        private int _written;

        public MarkWriter(string text, ISet<int> anchoredIds)
        {
            _text = text;
            _anchoredIds = anchoredIds;
        }

        public void WriteTextUpTo(int position)
        {
            if (position > _written)
            {
                Encoder.Encode(_html, _text, _written, position - _written);
                _written = position;
            }
        }

        public void CloseEndingAt(int position)
        {
            var deepest = _open.FindIndex(span => span.End == position);
            if (deepest < 0)
            {
                return;
            }

            // Marks opened after the ending one must close first to keep the HTML nested; those that
            // go on past this point are reopened as continuation pieces, longest outermost.
            for (var i = _open.Count - 1; i >= deepest; i--)
            {
                _html.Write(_open[i].Suggested ? "</span>" : "</mark>");
            }

            var continuing = _open.Skip(deepest)
                .Where(span => span.End > position)
                .OrderByDescending(span => span.End)
                .ToList();
            _open.RemoveRange(deepest, _open.Count - deepest);
            foreach (var span in continuing)
            {
                Open(span);
            }
        }

        public void Open(HighlightSpan span)
        {
            _html.Write(span.Suggested ? "<span class=\"sg sg-" : "<mark class=\"hl hl-");
            _html.Write(span.Kind);
            _html.Write(span.Suggested ? "\" data-suggestion-id=\"" : "\" data-annotation-id=\"");
            _html.Write(span.AnnotationId);
            // Only the first piece is an anchor and a focus stop: duplicated ids break links and
            // duplicated tab stops make keyboard users visit one annotation several times.
            if (_anchoredIds.Add(span.AnchorKey))
            {
                _html.Write(span.Suggested ? "\" id=\"s-" : "\" id=\"h-");
                _html.Write(span.AnnotationId);
                _html.Write("\" tabindex=\"0\">");
            }
            else
            {
                _html.Write("\" data-continued=\"true\">");
            }

            _open.Add(span);
        }

        public override string ToString() => _html.ToString();
    }
}
