using Microsoft.EntityFrameworkCore;
using NewsReader.Suggestions;
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

    /// <summary>Their quotes, newest article first, in reading order within an article: all of them (the CSV and the API).</summary>
    public static Task<List<PersonQuote>> QuotesAsync(NewsReaderDbContext db, int personId, CancellationToken cancellationToken) =>
        QuotesInOrder(db, personId).ToListAsync(cancellationToken);

    /// <summary>One page of <see cref="QuotesAsync"/>: the person page's work is a page, whatever their total.</summary>
    public static Task<List<PersonQuote>> QuotesPageAsync(NewsReaderDbContext db, int personId, int page, int pageSize, CancellationToken cancellationToken) =>
        QuotesInOrder(db, personId).Skip(Paging.Offset(page, pageSize)).Take(pageSize).ToListAsync(cancellationToken);

    private static IQueryable<PersonQuote> QuotesInOrder(NewsReaderDbContext db, int personId) =>
        from a in db.Annotations.AsNoTracking()
         where a.PersonId == personId && a.Kind == AnnotationKind.Quote
         join r in db.Articles on a.ArticleId equals r.Id
         join p in db.Paragraphs on a.ParagraphId equals p.Id into places
         from p in places.DefaultIfEmpty()
         join u in db.Users on a.AuthorId equals u.Id
         orderby r.IngestedAt descending, r.Id, p == null ? int.MaxValue : p.Ordinal, a.Start, a.Id
         select new PersonQuote(a.Id, a.Exact, a.Prefix, a.Suffix, r.Slug, r.Title, a.ParagraphId, p == null ? 0 : p.Ordinal + 1, u.DisplayName, a.CreatedAt);

    /// <summary>Articles with a quote by them or a mention of them (a person id on a topic annotation is always null).</summary>
    public static Task<List<TaggedArticle>> TaggedArticlesAsync(NewsReaderDbContext db, int personId, CancellationToken cancellationToken) =>
        TaggedArticlesInAsync(db, personId, null, cancellationToken);

    /// <summary>One page of <see cref="TaggedArticlesAsync"/>, newest article first.</summary>
    public static async Task<List<TaggedArticle>> TaggedArticlesPageAsync(NewsReaderDbContext db, int personId, int page, int pageSize, CancellationToken cancellationToken)
    {
        var ids = await db.Annotations.AsNoTracking().Where(a => a.PersonId == personId).Select(a => a.ArticleId).Distinct()
            .Join(db.Articles, id => id, r => r.Id, (id, r) => new { r.Id, r.IngestedAt })
            .OrderByDescending(r => r.IngestedAt).ThenBy(r => r.Id)
            .Skip(Paging.Offset(page, pageSize)).Take(pageSize).Select(r => r.Id)
            .ToListAsync(cancellationToken);
        return await TaggedArticlesInAsync(db, personId, ids, cancellationToken);
    }

    private static async Task<List<TaggedArticle>> TaggedArticlesInAsync(NewsReaderDbContext db, int personId, List<int>? articleIds, CancellationToken cancellationToken)
    {
        var annotations = db.Annotations.AsNoTracking().Where(a => a.PersonId == personId);
        if (articleIds is not null)
        {
            annotations = annotations.Where(a => articleIds.Contains(a.ArticleId));
        }

        var rows = await (
            from a in annotations
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
    /// suggestion first, at most <paramref name="take"/>. A suggestion points at them when it is linked to
    /// them, or, linked to nobody, names them by their name or an alias (the person may have been created
    /// after the suggestion was made). Pending suggestions only: they are leads for reviewers and count
    /// nowhere else.
    /// </summary>
    /// <remarks>
    /// One lookup for the link and one a name, each walking its own index newest first and stopping at a
    /// bound: written as one query with an OR, SQLite read every pending suggestion in the corpus
    /// (1.4 s at 1.3 million) for a person the extractor suggests 30,000 times.
    /// </remarks>
    public static async Task<List<SuggestedIn>> SuggestedInAsync(NewsReaderDbContext db, PersonSummary person, int take, CancellationToken cancellationToken)
    {
        var keys = person.Names.Select(NameKey.For).Distinct().ToList();
        var bound = take <= int.MaxValue / 10 ? take * 10 : int.MaxValue; // suggestions, so that `take` articles remain after grouping
        var newest = new List<(int Id, int ArticleId)>();
        async Task NewestAsync(IQueryable<Suggestion> pointing) =>
            newest.AddRange((await pointing.OrderByDescending(s => s.Id).Take(bound).Select(s => new { s.Id, s.ArticleId }).ToListAsync(cancellationToken))
                .Select(s => (s.Id, s.ArticleId)));

        // "Not tagged with them" is asked of each suggestion's article, not sent as a list of the person's
        // tagged articles: binding a parameter a tagged article (1,600 for the most tagged) cost 40 ms a query.
        var personId = person.Id;
        var mentions = Reviewing.SuggestionQueries.Pending(db).Where(s => s.Kind == AnnotationKind.Person
            && !db.Annotations.Any(a => a.ArticleId == s.ArticleId && a.PersonId == personId));
        await NewestAsync(mentions.Where(s => s.PersonId == person.Id));
        foreach (var key in keys)
        {
            await NewestAsync(mentions.Where(s => s.PersonId == null && s.PersonKey == key));
        }

        var articleIds = newest.OrderByDescending(s => s.Id).Select(s => s.ArticleId).Distinct().Take(take).ToList();
        // Those articles' pending suggestions of them, asked in SQL so that only their rows are read (an
        // article has a hundred or more other suggestions); with the planner's statistics current
        // (Data.PlannerStatistics) SQLite reads them through the article index.
        var rows = await (
            from s in Reviewing.SuggestionQueries.Pending(db)
            where articleIds.Contains(s.ArticleId) && s.Kind == AnnotationKind.Person
                && (s.PersonId == personId || (s.PersonId == null && s.PersonKey != null && keys.Contains(s.PersonKey)))
            join r in db.Articles on s.ArticleId equals r.Id
            join p in db.Paragraphs on s.ParagraphId equals p.Id
            select new { s.Id, ArticleId = r.Id, r.Slug, r.Title, p.Ordinal, s.Start, s.Prefix, s.Exact, s.Suffix, s.Confidence })
            .ToListAsync(cancellationToken);
        var order = articleIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        return rows.OrderBy(r => order[r.ArticleId]).ThenBy(r => r.Ordinal).ThenBy(r => r.Start).ThenBy(r => r.Id)
            .GroupBy(r => r.ArticleId).Select(g =>
            {
                var first = g.First();
                return new SuggestedIn(first.Id, g.Key, first.Slug, first.Title, first.Ordinal + 1, first.Prefix, first.Exact, first.Suffix, first.Confidence, g.Count());
            }).ToList();
    }

    /// <summary>
    /// Articles whose text has their name or an alias but no annotation of them yet (nor one of
    /// <paramref name="leaveOut"/>, the articles listed as suggested), one paragraph each, newest (by where
    /// the full-text index has them) first: at most <paramref name="take"/>, found among at most
    /// <see cref="PhraseHitLimit"/> paragraphs, so the cost is bounded however often the corpus names them.
    /// </summary>
    public static async Task<List<NamedIn>> AlsoNamedInAsync(IArticleSearch search, PersonSummary person, IEnumerable<int> leaveOut, CancellationToken cancellationToken, int take = int.MaxValue)
    {
        var skipped = leaveOut.ToHashSet();
        // A paragraph a hit; articles often name them in two or three, so ask for a few times what is shown.
        var paragraphs = take >= PhraseHitLimit / 3 ? PhraseHitLimit : Math.Min(PhraseHitLimit, (take * 3) + skipped.Count);
        var hits = await search.FindPhrasesAsync(person.Names, paragraphs, person.Id, cancellationToken);
        return hits.Where(h => !skipped.Contains(h.ArticleId))
            .GroupBy(h => h.ArticleId)
            .Select(g => g.MinBy(h => h.Ordinal)!)
            .Take(take)
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
