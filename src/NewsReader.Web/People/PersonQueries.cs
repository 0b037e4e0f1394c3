using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;
using NewsReader.Web.Search;

namespace NewsReader.Web.People;

public sealed record PersonSummary(int Id, string Slug, string Name, IReadOnlyList<string> Aliases, string? Description, int QuoteCount, int ArticleCount)
{
    /// <summary>The name and every alias: what the text may call them.</summary>
    public IReadOnlyList<string> Names => [Name, .. Aliases];
}

/// <summary>
/// A quote by the person. One whose text an edit of the article removed (an orphan) still counts: it has
/// no paragraph (number 0) and is marked <see cref="FromEarlierVersion"/>.
/// </summary>
public sealed record PersonQuote(
    int AnnotationId, string Exact, string Prefix, string Suffix, string ArticleSlug, string ArticleTitle,
    int? ParagraphId, int ParagraphNumber, string TaggedBy, DateTimeOffset TaggedAt)
{
    public bool FromEarlierVersion => ParagraphId is null;
}

/// <summary>An article with a quote by the person or a mention of them; the first mention (else quote) gives the snippet.</summary>
public sealed record TaggedArticle(
    int ArticleId, string Slug, string Title, int Quotes, int Mentions,
    int FirstAnnotationId, string Prefix, string Exact, string Suffix);

/// <summary>An article whose text names the person but that has no annotation of them: its first matching paragraph.</summary>
public sealed record NamedIn(int ArticleId, string Slug, string Title, int ParagraphId, int ParagraphNumber, string SnippetHtml);

/// <summary>
/// An article with a pending person-mention suggestion of them and no annotation of them: the first such
/// suggestion in reading order (with its stored context), and how many the article has.
/// </summary>
public sealed record SuggestedIn(
    int SuggestionId, int ArticleId, string Slug, string Title, int ParagraphNumber,
    string Prefix, string Exact, string Suffix, double Confidence, int Suggestions);

public sealed record NameCount(string Slug, string Name, int Count);

/// <summary>
/// The reads behind the person page, its CSV and <c>/api/people/{slug}</c>: one place, so the page and
/// the API always agree on what "quoted", "tagged" and "also named in" mean.
/// </summary>
public static class PersonQueries
{
    public const int PhraseHitLimit = 200;

    public static Task<PersonSummary?> FindAsync(NewsReaderDbContext db, string slug, CancellationToken cancellationToken) =>
        db.People.AsNoTracking().Where(p => p.Slug == slug)
            .Select(p => new PersonSummary(
                p.Id, p.Slug, p.Name,
                p.Aliases.OrderBy(a => a.Name).Select(a => a.Name).ToList(),
                p.Description,
                db.Annotations.Count(a => a.PersonId == p.Id && a.Kind == AnnotationKind.Quote),
                db.Annotations.Where(a => a.PersonId == p.Id).Select(a => a.ArticleId).Distinct().Count()))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>Their quotes, newest article first, in reading order within an article.</summary>
    public static Task<List<PersonQuote>> QuotesAsync(NewsReaderDbContext db, int personId, CancellationToken cancellationToken) =>
        (from a in db.Annotations.AsNoTracking()
         where a.PersonId == personId && a.Kind == AnnotationKind.Quote
         join r in db.Articles on a.ArticleId equals r.Id
         join p in db.Paragraphs on a.ParagraphId equals p.Id into places
         from p in places.DefaultIfEmpty()
         join u in db.Users on a.AuthorId equals u.Id
         orderby r.IngestedAt descending, r.Id, p == null ? int.MaxValue : p.Ordinal, a.Start, a.Id
         select new PersonQuote(a.Id, a.Exact, a.Prefix, a.Suffix, r.Slug, r.Title, a.ParagraphId, p == null ? 0 : p.Ordinal + 1, u.DisplayName, a.CreatedAt))
        .ToListAsync(cancellationToken);

    /// <summary>Articles with a quote by them or a mention of them (a person id on a topic annotation is always null).</summary>
    public static async Task<List<TaggedArticle>> TaggedArticlesAsync(NewsReaderDbContext db, int personId, CancellationToken cancellationToken)
    {
        var rows = await (
            from a in db.Annotations.AsNoTracking()
            where a.PersonId == personId
            join r in db.Articles on a.ArticleId equals r.Id
            join p in db.Paragraphs on a.ParagraphId equals p.Id into places
            from p in places.DefaultIfEmpty()
            orderby r.IngestedAt descending, r.Id, p == null ? int.MaxValue : p.Ordinal, a.Start, a.Id
            select new { ArticleId = r.Id, r.Slug, r.Title, a.Id, a.Kind, a.Prefix, a.Exact, a.Suffix })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ArticleId).Select(g =>
        {
            var first = g.FirstOrDefault(r => r.Kind == AnnotationKind.Person) ?? g.First();
            return new TaggedArticle(g.Key, first.Slug, first.Title,
                g.Count(r => r.Kind == AnnotationKind.Quote), g.Count(r => r.Kind == AnnotationKind.Person),
                first.Id, first.Prefix, first.Exact, first.Suffix);
        }).ToList();
    }

    /// <summary>
    /// Articles where the extractor suggests a mention of them and nothing is tagged with them yet, newest
    /// first. A suggestion points at them when it is linked to them, or, linked to nobody, names them by
    /// their name or an alias (the person may have been created after the suggestion was made). Pending
    /// suggestions only: they are leads for reviewers and count nowhere else.
    /// </summary>
    public static async Task<List<SuggestedIn>> SuggestedInAsync(NewsReaderDbContext db, PersonSummary person, IEnumerable<int> taggedArticleIds, CancellationToken cancellationToken)
    {
        var tagged = taggedArticleIds.ToList();
        var keys = person.Names.Select(NameKey.For).Distinct().ToList();
        var rows = await (
            from s in Reviewing.SuggestionQueries.Pending(db)
            where s.Kind == AnnotationKind.Person && !tagged.Contains(s.ArticleId)
                && (s.PersonId == person.Id || (s.PersonId == null && s.PersonKey != null && keys.Contains(s.PersonKey)))
            join r in db.Articles on s.ArticleId equals r.Id
            join p in db.Paragraphs on s.ParagraphId equals p.Id
            orderby r.IngestedAt descending, r.Id, p.Ordinal, s.Start, s.Id
            select new { s.Id, ArticleId = r.Id, r.Slug, r.Title, p.Ordinal, s.Prefix, s.Exact, s.Suffix, s.Confidence })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ArticleId).Select(g =>
        {
            var first = g.First();
            return new SuggestedIn(first.Id, g.Key, first.Slug, first.Title, first.Ordinal + 1, first.Prefix, first.Exact, first.Suffix, first.Confidence, g.Count());
        }).ToList();
    }

    /// <summary>Articles whose text has their name or an alias but no annotation of them yet, one paragraph each.</summary>
    public static async Task<List<NamedIn>> AlsoNamedInAsync(IArticleSearch search, PersonSummary person, IEnumerable<int> taggedArticleIds, CancellationToken cancellationToken)
    {
        var tagged = taggedArticleIds.ToHashSet();
        var hits = await search.FindPhrasesAsync(person.Names, PhraseHitLimit, cancellationToken);
        return hits.Where(h => !tagged.Contains(h.ArticleId))
            .GroupBy(h => h.ArticleId)
            .Select(g => g.MinBy(h => h.Ordinal)!)
            .Select(h => new NamedIn(h.ArticleId, h.Slug, h.Title, h.ParagraphId, h.Ordinal + 1, h.SnippetHtml))
            .ToList();
    }

    /// <summary>Topics tagged in the same paragraph as one of their quotes; the count is of such quotes.</summary>
    public static async Task<List<NameCount>> TopicsQuotedOnAsync(NewsReaderDbContext db, int personId, CancellationToken cancellationToken)
    {
        var pairs = await (
            from q in db.Annotations.AsNoTracking()
            where q.PersonId == personId && q.Kind == AnnotationKind.Quote
            join t in db.Annotations on q.ParagraphId equals t.ParagraphId
            where t.Kind == AnnotationKind.Topic
            join topic in db.Topics on t.TopicId equals (int?)topic.Id
            select new { QuoteId = q.Id, topic.Slug, topic.Name })
            .Distinct().ToListAsync(cancellationToken);
        return Counted(pairs.Select(p => (p.Slug, p.Name)));
    }

    /// <summary>Other people quoted in the articles they are quoted in; the count is of shared articles.</summary>
    public static async Task<List<NameCount>> QuotedAlongsideAsync(NewsReaderDbContext db, int personId, CancellationToken cancellationToken)
    {
        var theirArticles = db.Annotations.Where(a => a.PersonId == personId && a.Kind == AnnotationKind.Quote).Select(a => a.ArticleId);
        var pairs = await (
            from a in db.Annotations.AsNoTracking()
            where a.Kind == AnnotationKind.Quote && a.PersonId != null && a.PersonId != personId && theirArticles.Contains(a.ArticleId)
            join p in db.People on a.PersonId equals (int?)p.Id
            select new { a.ArticleId, p.Slug, p.Name })
            .Distinct().ToListAsync(cancellationToken);
        return Counted(pairs.Select(p => (p.Slug, p.Name)));
    }

    /// <summary>Occurrences counted per name, most first, then alphabetically.</summary>
    public static List<NameCount> Counted(IEnumerable<(string Slug, string Name)> occurrences) =>
        occurrences.GroupBy(o => o.Slug)
            .Select(g => new NameCount(g.Key, g.First().Name, g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
}
