namespace NewsReader.Web.Suggestions;

/// <summary>
/// Copy sometimes drops a closing mark: <c>said: "We are concerned. This mirrored earlier concerns, it
/// said. "It is hard ...</c>. A quotation never contains its own attribution, so an unclosed one that
/// holds a sentence ending "..., it said." ends before that sentence.
/// </summary>
internal static class MissingClose
{
    private static readonly string[] Subjects = ["he", "she", "it", "they"];

    private static readonly string[] Verbs = ["said", "says", "added", "adds", "warned", "argued", "insisted", "explained", "continued", "told"];

    public static QuoteSpan Repair(string text, QuoteSpan span)
    {
        foreach (var subject in Subjects)
        {
            foreach (var verb in Verbs)
            {
                var at = text.IndexOf($", {subject} {verb}", span.Start, span.Length, StringComparison.Ordinal);
                if (at >= 0 && LastSentenceEnd(text, span.Start, at) is var end and > 0)
                {
                    return span with { End = end, MarkEnd = end };
                }
            }
        }

        return span;
    }

    /// <summary>Just after the last full stop (or ? or !) followed by a space between two offsets, or -1.</summary>
    private static int LastSentenceEnd(string text, int from, int to)
    {
        for (var i = to - 1; i > from; i--)
        {
            if (text[i] == ' ' && text[i - 1] is '.' or '?' or '!')
            {
                return i;
            }
        }

        return -1;
    }
}
