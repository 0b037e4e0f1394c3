using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;

namespace NewsReader.Web.Exchange;

/// <summary>Which annotations an export holds: the whole corpus, or one article's, person's or topic's.</summary>
public sealed record ExportScope(string? ArticleSlug = null, string? PersonSlug = null, string? TopicSlug = null)
{
    public static readonly ExportScope Corpus = new();

    /// <summary>For a label and a file name: "corpus", "article x", "person y", "topic z".</summary>
    public string Describe() =>
        ArticleSlug is not null ? $"article {ArticleSlug}" : PersonSlug is not null ? $"person {PersonSlug}" : TopicSlug is not null ? $"topic {TopicSlug}" : "corpus";
}

/// <summary>One annotation with everything an export writes about it, its place given in the article's whole text.</summary>
public sealed record ExportedAnnotation(
    int Id,
    AnnotationKind Kind,
    ExportedArticle Article,
    AnchorState State,
    string Exact,
    string Prefix,
    string Suffix,
    TextSpan? Position,
    ExportedName? Person,
    ExportedName? Topic,
    string? Note,
    string Author,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

public sealed record ExportedArticle(string Slug, string Title, int Revision, DateTimeOffset RevisionFrom);

public sealed record ExportedName(string Slug, string Name);

/// <summary>A span of an article's whole text in Unicode code points (as the Web Annotation model counts), end exclusive.</summary>
public readonly record struct TextSpan(int Start, int End);

/// <summary>
/// Reads annotations for export article by article, so a corpus of any size streams in constant memory: each article's
/// paragraphs are read once to turn a paragraph's offsets (UTF-16) into positions in the article's whole text
/// (<see cref="ArticleText"/>), counted in code points. Deleted annotations are left out; orphans come with their
/// quote and context and no position.
/// </summary>
public sealed class AnnotationExport(NewsReaderDbContext db)
{
    /// <summary>How many annotations the scope holds; null when the article, person or topic does not exist.</summary>
    public async Task<int?> CountAsync(ExportScope scope, CancellationToken cancellationToken)
    {
        var annotations = await FilterAsync(scope, cancellationToken);
        return annotations is null ? null : await annotations.CountAsync(cancellationToken);
    }

    public async IAsyncEnumerable<ExportedAnnotation> ReadAsync(ExportScope scope, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var annotations = await FilterAsync(scope, cancellationToken) ?? throw new InvalidOperationException($"No {scope.Describe()}.");
        var articleIds = await annotations.Select(a => a.ArticleId).Distinct().OrderBy(id => id).ToListAsync(cancellationToken);
        foreach (var articleId in articleIds)
        {
            var article = await db.Articles.AsNoTracking().Where(a => a.Id == articleId)
                .Select(a => new { a.Slug, a.Title, a.Revision, a.UpdatedAt })
                .SingleAsync(cancellationToken);
            var paragraphs = await db.Paragraphs.AsNoTracking().Where(p => p.ArticleId == articleId)
                .OrderBy(p => p.Ordinal).Select(p => new { p.Id, p.Text })
                .ToListAsync(cancellationToken);
            var text = new ArticleText(article.Title, paragraphs.Select(p => (p.Id, p.Text)).ToList());
            var exported = new ExportedArticle(article.Slug, article.Title, article.Revision, article.UpdatedAt);

            var rows = await (
                from a in annotations.Where(a => a.ArticleId == articleId)
                join u in db.Users on a.AuthorId equals u.Id
                select new
                {
                    a.Id, a.Kind, a.State, a.ParagraphId, a.Start, a.End, a.Exact, a.Prefix, a.Suffix, a.Note, a.CreatedAt, a.UpdatedAt,
                    Person = a.Person == null ? null : new ExportedName(a.Person.Slug, a.Person.Name),
                    Topic = a.Topic == null ? null : new ExportedName(a.Topic.Slug, a.Topic.Name),
                    Author = u.DisplayName,
                }).ToListAsync(cancellationToken);

            // Positions in paragraph order: the stream is ordered by place within each article.
            rows.Sort((x, y) => (x.ParagraphId is null, x.ParagraphId is { } px ? text.OrdinalOf(px) : 0, x.Start, -x.End, x.Id)
                .CompareTo((y.ParagraphId is null, y.ParagraphId is { } py ? text.OrdinalOf(py) : 0, y.Start, -y.End, y.Id)));
            foreach (var row in rows)
            {
                yield return new ExportedAnnotation(
                    row.Id, row.Kind, exported, row.State, row.Exact, row.Prefix, row.Suffix,
                    row.ParagraphId is { } paragraphId ? text.Span(paragraphId, row.Start, row.End) : null,
                    row.Person, row.Topic, row.Note, row.Author, row.CreatedAt, row.UpdatedAt);
            }
        }
    }

    private async Task<IQueryable<Annotation>?> FilterAsync(ExportScope scope, CancellationToken cancellationToken)
    {
        var annotations = db.Annotations.AsNoTracking().Where(a => a.DeletedAt == null);
        if (scope.ArticleSlug is { } articleSlug)
        {
            var id = await db.Articles.Where(a => a.Slug == articleSlug).Select(a => (int?)a.Id).SingleOrDefaultAsync(cancellationToken);
            return id is null ? null : annotations.Where(a => a.ArticleId == id);
        }

        if (scope.PersonSlug is { } personSlug)
        {
            var id = await db.People.Where(p => p.Slug == personSlug).Select(p => (int?)p.Id).SingleOrDefaultAsync(cancellationToken);
            return id is null ? null : annotations.Where(a => a.PersonId == id);
        }

        if (scope.TopicSlug is { } topicSlug)
        {
            var id = await db.Topics.Where(t => t.Slug == topicSlug).Select(t => (int?)t.Id).SingleOrDefaultAsync(cancellationToken);
            return id is null ? null : annotations.Where(a => a.TopicId == id);
        }

        return annotations;
    }
}
