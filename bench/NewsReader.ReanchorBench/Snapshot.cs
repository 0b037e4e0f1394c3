using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;

namespace NewsReader.ReanchorBench;

/// <summary>An annotation as tagged, before any edit: where it was, its exact text and its stored context.</summary>
internal sealed record TaggedSpan(int AnnotationId, int ParagraphIndex, int ParagraphId, int Start, int End, string Exact, string Prefix, string Suffix);

/// <summary>A stored article before the edits: paragraphs in order (with their ids) and its annotations.</summary>
internal sealed record ArticleBefore(int Id, string SourcePath, string Title, IReadOnlyList<string> Paragraphs, IReadOnlyList<int> ParagraphIds, IReadOnlyList<TaggedSpan> Spans);

/// <summary>An annotation after the re-ingest, as the database has it.</summary>
internal sealed record AnnotationAfter(int Id, int? ParagraphId, int Start, int End, string Exact, AnchorState State);

internal sealed record ParagraphAfter(int Id, int ArticleId, int Ordinal, string Text);

/// <summary>The database's state after the re-ingest: annotations by id, paragraphs by id and each article's texts.</summary>
internal sealed record StateAfter(IReadOnlyDictionary<int, AnnotationAfter> Annotations, IReadOnlyDictionary<int, ParagraphAfter> Paragraphs, IReadOnlyDictionary<int, List<string>> ArticleTexts);

/// <summary>Reads what the bench compares, straight from the database through the app's own context.</summary>
internal static class Snapshot
{
    public static async Task<List<ArticleBefore>> BeforeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsReaderDbContext>();
        var articles = await db.Articles.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Id, a.SourcePath, a.Title }).ToListAsync(cancellationToken);
        var paragraphs = (await db.Paragraphs.AsNoTracking().Select(p => new { p.Id, p.ArticleId, p.Ordinal, p.Text }).ToListAsync(cancellationToken))
            .GroupBy(p => p.ArticleId).ToDictionary(g => g.Key, g => g.OrderBy(p => p.Ordinal).ToList());
        var annotations = (await db.Annotations.AsNoTracking()
                .Select(a => new { a.Id, a.ArticleId, ParagraphId = a.ParagraphId!.Value, a.Start, a.End, a.Exact, a.Prefix, a.Suffix })
                .ToListAsync(cancellationToken))
            .GroupBy(a => a.ArticleId).ToDictionary(g => g.Key, g => g.OrderBy(a => a.Id).ToList());

        var result = new List<ArticleBefore>();
        foreach (var article in articles)
        {
            var ordered = paragraphs[article.Id];
            var indexOf = ordered.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i);
            var spans = annotations.TryGetValue(article.Id, out var list)
                ? list.Select(a => new TaggedSpan(a.Id, indexOf[a.ParagraphId], a.ParagraphId, a.Start, a.End, a.Exact, a.Prefix, a.Suffix)).ToList()
                : [];
            result.Add(new ArticleBefore(article.Id, article.SourcePath, article.Title, [.. ordered.Select(p => p.Text)], [.. ordered.Select(p => p.Id)], spans));
        }

        return result;
    }

    public static async Task<StateAfter> AfterAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsReaderDbContext>();
        var annotations = await db.Annotations.IgnoreQueryFilters().AsNoTracking()
            .Select(a => new AnnotationAfter(a.Id, a.ParagraphId, a.Start, a.End, a.Exact, a.State))
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var paragraphs = await db.Paragraphs.AsNoTracking()
            .Select(p => new ParagraphAfter(p.Id, p.ArticleId, p.Ordinal, p.Text))
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var texts = paragraphs.Values.GroupBy(p => p.ArticleId)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.Ordinal).Select(p => p.Text).ToList());
        return new StateAfter(annotations, paragraphs, texts);
    }
}
