using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;
using NewsReader.Web.Rendering;
using NewsReader.Web.Tagging;

namespace NewsReader.Web.Pages.Articles;

/// <summary>Everything the article page shows: paragraphs with their highlights rendered, and the annotations.</summary>
public sealed record ArticleReading(
    int Id,
    string Slug,
    string Title,
    string SourcePath,
    int WordCount,
    DateTimeOffset IngestedAt,
    IReadOnlyList<ArticleReading.ParagraphView> Paragraphs,
    IReadOnlyList<AnnotationView> Annotations,
    IReadOnlyList<Reviewing.SuggestionView> Suggestions,
    int PendingSuggestions)
{
    public sealed record ParagraphView(int Id, int Ordinal, ParagraphKind Kind, string Text, string Html);

    /// <summary>1 at the first ingest, one more per change of the text.</summary>
    public int Revision { get; init; } = 1;

    /// <summary>When the current text came (the first ingest for revision 1).</summary>
    public DateTimeOffset RevisedAt { get; init; }

    /// <summary>Annotations on the current text, in reading order.</summary>
    public IReadOnlyList<AnnotationView> Placed => [.. Annotations.Where(a => a.IsPlaced)];

    /// <summary>Annotations whose text an edit removed: kept, counted, waiting to be re-attached or deleted.</summary>
    public IReadOnlyList<AnnotationView> Orphans => [.. Annotations.Where(a => !a.IsPlaced)];

    /// <summary>Where a link to an annotation goes: its highlight, or its entry among the orphans.</summary>
    public static string Target(AnnotationView annotation) => annotation.IsPlaced ? $"#h-{annotation.Id}" : $"#annotation-{annotation.Id}";

    /// <summary>About how many characters it holds (for the reading cache's bound).</summary>
    public long Characters =>
        Paragraphs.Sum(p => (long)p.Text.Length + p.Html.Length + 32)
        + Annotations.Sum(a => (long)a.Exact.Length + (a.Note?.Length ?? 0) + 128)
        + Suggestions.Sum(s => (long)s.Exact.Length + 96);

    public int ParagraphNumber(int? paragraphId) => Paragraphs.FirstOrDefault(p => p.Id == paragraphId)?.Ordinal + 1 ?? 0;

    /// <summary>
    /// Loads the article; with <paramref name="withSuggestions"/> (reviewers) its pending suggestions are
    /// drawn in the text and listed too, else only counted.
    /// </summary>
    public static async Task<ArticleReading?> LoadAsync(NewsReaderDbContext db, string slug, bool withSuggestions, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking()
            .Where(a => a.Slug == slug)
            .Select(a => new
            {
                a.Id, a.Slug, a.Title, a.SourcePath, a.WordCount, a.IngestedAt, a.Revision, a.UpdatedAt,
                Paragraphs = a.Paragraphs.OrderBy(p => p.Ordinal).Select(p => new { p.Id, p.Ordinal, p.Kind, p.Text }).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return null;
        }

        var annotations = await AnnotationQueries.ForArticleAsync(db, article.Id, cancellationToken);
        List<Reviewing.SuggestionView> suggestions = withSuggestions ? await Reviewing.SuggestionQueries.ForArticleAsync(db, article.Id, cancellationToken) : [];
        var pending = withSuggestions ? suggestions.Count : await Reviewing.SuggestionQueries.Pending(db).CountAsync(s => s.ArticleId == article.Id, cancellationToken);
        var spans = annotations.Where(a => a.IsPlaced).Select(a => (ParagraphId: a.ParagraphId!.Value, Span: new HighlightSpan(a.Id, a.Start!.Value, a.End!.Value, KindName(a.Kind))))
            .Concat(suggestions.Select(s => (s.ParagraphId, Span: new HighlightSpan(s.Id, s.Start, s.End, KindName(s.Kind), Suggested: true))))
            .ToLookup(x => x.ParagraphId, x => x.Span);
        var paragraphs = article.Paragraphs.Select(p => new ParagraphView(p.Id, p.Ordinal, p.Kind, p.Text, HighlightRenderer.Render(p.Text, spans[p.Id].ToList())))
            .ToList();
        return new ArticleReading(article.Id, article.Slug, article.Title, article.SourcePath, article.WordCount, article.IngestedAt, paragraphs, annotations, suggestions, pending)
        {
            Revision = article.Revision,
            RevisedAt = article.UpdatedAt,
        };
    }

    public static string KindName(AnnotationKind kind) => kind.ToString().ToLowerInvariant();
}

/// <summary>What a suggestion's Edit form shows: its id (in element ids), where it posts, and the values to correct.</summary>
public sealed record SuggestionEditForm(string Id, string Action, string Exact, AnnotationKind Kind, string? Name, bool NeedsSpeaker);
