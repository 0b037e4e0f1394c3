using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;

namespace NewsReader.Web.Tagging;

public sealed record NameView(string Slug, string Name);

/// <summary>
/// An annotation as the API returns it and the article page shows it. For an anchored or re-anchored
/// one, the paragraph's text from start to end is exact; an orphan has no paragraph, start or end and
/// keeps the exact text and context it was made on.
/// </summary>
public sealed record AnnotationView(
    int Id,
    int? ParagraphId,
    int? Start,
    int? End,
    string Exact,
    AnnotationKind Kind,
    NameView? Person,
    NameView? Topic,
    string? Note,
    string Author,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>Not serialised: who may edit (compared with the signed-in user).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string AuthorId { get; init; } = string.Empty;

    /// <summary>The suggestion a reviewer accepted to make this annotation, or null when tagged by hand.</summary>
    public int? SuggestionId { get; init; }

    public AnchorState State { get; init; }

    /// <summary>For a re-anchored annotation, the text it was made on.</summary>
    public string? PreviousExact { get; init; }

    public string Prefix { get; init; } = string.Empty;

    public string Suffix { get; init; } = string.Empty;

    /// <summary>Where it is in the current text; false for an orphan.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsPlaced => ParagraphId is not null;
}

public static class AnnotationQueries
{
    /// <summary>Projects annotations into views (with author display names) in one query.</summary>
    public static IQueryable<AnnotationView> ToViews(this IQueryable<Annotation> annotations, NewsReaderDbContext db) =>
        from a in annotations
        join u in db.Users on a.AuthorId equals u.Id
        select new AnnotationView(
            a.Id, a.ParagraphId, a.ParagraphId == null ? null : a.Start, a.ParagraphId == null ? null : a.End, a.Exact, a.Kind,
            a.Person == null ? null : new NameView(a.Person.Slug, a.Person.Name),
            a.Topic == null ? null : new NameView(a.Topic.Slug, a.Topic.Name),
            a.Note, u.DisplayName, a.CreatedAt, a.UpdatedAt)
        {
            AuthorId = a.AuthorId,
            SuggestionId = a.SuggestionId,
            State = a.State,
            PreviousExact = a.PreviousExact,
            Prefix = a.Prefix,
            Suffix = a.Suffix,
        };

    public static Task<List<AnnotationView>> ForArticleAsync(NewsReaderDbContext db, int articleId, CancellationToken cancellationToken) =>
        db.Annotations.AsNoTracking().Where(a => a.ArticleId == articleId)
            .OrderBy(a => a.ParagraphId).ThenBy(a => a.Start).ThenByDescending(a => a.End).ThenBy(a => a.Id)
            .ToViews(db)
            .ToListAsync(cancellationToken);
}
