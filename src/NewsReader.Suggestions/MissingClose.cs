namespace NewsReader.Suggestions;

/// <summary>
/// Copy sometimes drops a closing mark: <c>said: "We are concerned. This mirrored earlier concerns, it
/// said. "It is hard ...</c>. A quotation never contains its own attribution, so an unclosed one that
/// holds a sentence with one (", it said", ", the group said", "Mr Lee said:") ends before that
/// sentence; when the attribution is in its first sentence, at the comma before it.
/// </summary>
internal static class MissingClose
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "he", "she", "it", "they" };

    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal) { "Mr", "Mrs", "Ms", "Dr" };

    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "said", "says", "added", "adds", "warned", "argued", "insisted", "explained", "continued", "told",
    };

    public static QuoteSpan Repair(string text, QuoteSpan span)
    {
        for (var at = text.IndexOf(',', span.Start, span.Length); at >= 0; at = text.IndexOf(',', at + 1, span.End - at - 1))
        {
            if (AttributionAfter(text, at + 1, span.End, colon: false))
            {
                var end = LastSentenceEnd(text, span.Start, at);
                return end > 0 ? span with { End = end, MarkEnd = end } : span with { End = at + 1, MarkEnd = at + 1 };
            }
        }

        // "... for the country. In reference to his family, Mr Milburn said: "Michael ...": the last sentence introduces the next quotation.
        if (text[span.End - 1] == ':' && LastSentenceEnd(text, span.Start, span.End - 1) is var last and > 0 && EndsWithAttribution(text, last, span.End - 1))
        {
            return span with { End = last, MarkEnd = last };
        }

        return span;
    }

    /// <summary>", he said", ", the organisation said", ", Mr Lee added" starting at a comma's end.</summary>
    private static bool AttributionAfter(string text, int from, int to, bool colon)
    {
        var words = Words(text, from, Math.Min(to, from + 60));
        if (words.Count < 2)
        {
            return false;
        }

        var verb = Pronouns.Contains(words[0]) ? 1
            : words[0] == "the" && words.Count > 2 && IsLowerWord(words[1]) ? 2
            : Honorifics.Contains(words[0]) && words.Count > 2 && char.IsUpper(words[1][0]) ? 2
            : -1;
        return verb > 0 && Verbs.Contains(words[verb]) && (!colon || verb == words.Count - 1);
    }

    /// <summary>A sentence ending "..., Mr Lee said" (before its colon).</summary>
    private static bool EndsWithAttribution(string text, int from, int to)
    {
        var comma = text.LastIndexOf(',', to - 1, to - from);
        return comma >= 0 && AttributionAfter(text, comma + 1, to, colon: true);
    }

    private static bool IsLowerWord(string word) => word.All(char.IsLower);

    private static List<string> Words(string text, int from, int to) =>
        [.. text[from..to].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd('.', ',', ':', ';'))];

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
