using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;

namespace NewsReader.Web.Ingestion;

/// <summary>
/// The promise users' stored work rests on, checked after every change of an article's text: every placed
/// annotation and suggestion covers exactly the text it says it does. A breach throws, so the change is
/// rolled back and reported, and the article keeps its previous text and annotations: never silently wrong.
/// </summary>
public static class AnchorCheck
{
    public static async Task VerifyAsync(NewsReaderDbContext db, int articleId, CancellationToken cancellationToken)
    {
        var texts = await db.Paragraphs.AsNoTracking().Where(p => p.ArticleId == articleId).ToDictionaryAsync(p => p.Id, p => p.Text, cancellationToken);
        var annotations = await db.Annotations.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.ArticleId == articleId && a.ParagraphId != null)
            .Select(a => new Span("annotation", a.Id, a.ParagraphId!.Value, a.Start, a.End, a.Exact)).ToListAsync(cancellationToken);
        var suggestions = await db.Suggestions.AsNoTracking()
            .Where(s => s.ArticleId == articleId && s.ParagraphId != null)
            .Select(s => new Span("suggestion", s.Id, s.ParagraphId!.Value, s.Start, s.End, s.Exact)).ToListAsync(cancellationToken);
        foreach (var span in annotations.Concat(suggestions))
        {
            if (!Holds(texts, span))
            {
                throw new AnchorCheckException($"The {span.What} {span.Id} would no longer cover its text \"{LogText.Printable(span.Exact)}\"; the change was not stored.");
            }
        }
    }

    private static bool Holds(Dictionary<int, string> texts, Span span) =>
        texts.TryGetValue(span.ParagraphId, out var text)
        && span.Start >= 0 && span.Start < span.End && span.End <= text.Length
        && string.CompareOrdinal(text, span.Start, span.Exact, 0, Math.Max(span.End - span.Start, span.Exact.Length)) == 0
        && span.End - span.Start == span.Exact.Length;

    private sealed record Span(string What, int Id, int ParagraphId, int Start, int End, string Exact);
}

/// <summary>A change of text that would leave an annotation on other words; it is never stored.</summary>
public sealed class AnchorCheckException(string message) : InvalidOperationException(message);
