using NewsReader.Web.Domain;

namespace NewsReader.Web.Ingestion;

/// <summary>
/// The promise users' stored work rests on, checked after every change of an article's text: every placed
/// annotation and suggestion covers exactly the text it says it does. A breach throws, so the change is
/// rolled back and reported, and the article keeps its previous text and annotations: never silently wrong.
/// </summary>
public static class AnchorCheck
{
    public static void Verify(IEnumerable<Paragraph> paragraphs, IEnumerable<Annotation> annotations, IEnumerable<Suggestion> suggestions)
    {
        var texts = paragraphs.ToDictionary(p => p.Id, p => p.Text);
        foreach (var (what, span) in annotations.Select(a => ("annotation", (AnchoredSpan)a)).Concat(suggestions.Select(s => ("suggestion", (AnchoredSpan)s))))
        {
            if (span.ParagraphId is int paragraphId && !Holds(texts, paragraphId, span))
            {
                throw new AnchorCheckException($"The {what} {span.Id} would no longer cover its text \"{LogText.Printable(span.Exact)}\"; the change was not stored.");
            }
        }
    }

    private static bool Holds(Dictionary<int, string> texts, int paragraphId, AnchoredSpan span) =>
        texts.TryGetValue(paragraphId, out var text)
        && span.Start >= 0 && span.Start < span.End && span.End <= text.Length
        && span.End - span.Start == span.Exact.Length
        && string.CompareOrdinal(text, span.Start, span.Exact, 0, span.Exact.Length) == 0;
}

/// <summary>A change of text that would leave an annotation on other words; it is never stored.</summary>
public sealed class AnchorCheckException(string message) : InvalidOperationException(message);
