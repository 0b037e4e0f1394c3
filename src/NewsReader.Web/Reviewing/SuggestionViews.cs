using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;
using NewsReader.Web.Tagging;

namespace NewsReader.Web.Reviewing;

/// <summary>
/// A pending suggestion as the API returns it. <see cref="Person"/> is the person named (a person
/// suggestion) or the speaker when a person (a quote), with the catalogue's slug once that person
/// exists, else a null slug. <see cref="SpeakerKind"/> and <see cref="Speaker"/> are null for people.
/// </summary>
public sealed record SuggestionView(
    int Id,
    AnnotationKind Kind,
    int ParagraphId,
    int Start,
    int End,
    string Exact,
    SuggestedPerson? Person,
    SuggestedSpeaker? SpeakerKind,
    string? Speaker,
    double Confidence);

/// <summary>
/// A suggested person: the name and, when the catalogue has them, their slug. <see cref="Completes"/>: the
/// name of a person known so far by this surname alone, whom accepting renames to this full name.
/// </summary>
public sealed record SuggestedPerson(string Name, string? Slug)
{
    public string? Completes { get; init; }
}

/// <summary>A suggestion in the review queue, with where it is.</summary>
public sealed record ReviewItem(SuggestionView Suggestion, string ArticleSlug, string ArticleTitle, int ParagraphNumber, string ParagraphText);

/// <summary>One page of the review queue, most confident first.</summary>
public sealed record ReviewQueue(int Total, int Page, int PageSize, IReadOnlyList<ReviewItem> Items);

public static class SuggestionQueries
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    private sealed record Row(Suggestion Suggestion, string? LinkedSlug, string? LinkedName, string? KeySlug, string? KeyName, string? AliasSlug, string? AliasName);

    /// <summary>
    /// Suggestions awaiting review: pending, and not already covered by an annotation of the same kind (someone
    /// may have tagged the text by hand since the extractor ran; the next run drops them for good).
    /// </summary>
    public static IQueryable<Suggestion> Pending(NewsReaderDbContext db) =>
        db.Suggestions.AsNoTracking().Where(s => s.Status == SuggestionStatus.Pending && s.ParagraphId != null
            && !db.Annotations.Any(a => a.ArticleId == s.ArticleId && a.ParagraphId == s.ParagraphId && a.Kind == s.Kind && a.Start < s.End && s.Start < a.End));

    /// <summary>An article's pending suggestions in reading order.</summary>
    public static async Task<List<SuggestionView>> ForArticleAsync(NewsReaderDbContext db, int articleId, CancellationToken cancellationToken)
    {
        var inReadingOrder =
            from s in Pending(db).Where(s => s.ArticleId == articleId)
            join p in db.Paragraphs on s.ParagraphId equals p.Id
            orderby p.Ordinal, s.Start, s.End descending, s.Id
            select s;
        return await ViewsAsync(db, await WithPeople(db, inReadingOrder).ToListAsync(cancellationToken), cancellationToken);
    }

    public static async Task<SuggestionView?> FindAsync(NewsReaderDbContext db, int id, CancellationToken cancellationToken)
    {
        var row = await WithPeople(db, db.Suggestions.AsNoTracking().Where(s => s.Id == id)).SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : (await ViewsAsync(db, [row], cancellationToken))[0];
    }

    /// <summary>
    /// How many placed suggestions are pending, of one kind or both, at or above a confidence: summed from
    /// the tally the database keeps (a few rows), not counted from the suggestions (4 s at 1.3 million).
    /// It counts before the queue leaves out suggestions that a tag made since now covers, so a total can
    /// exceed what the queue lists by those; pages past the last listed one come back empty.
    /// </summary>
    public static Task<int> CountPendingAsync(NewsReaderDbContext db, AnnotationKind? kind, double minConfidence, CancellationToken cancellationToken)
    {
        var percent = (int)Math.Ceiling(Math.Round(minConfidence * 100, 6));
        var tallies = db.SuggestionTallies.AsNoTracking().Where(t => t.Percent >= percent);
        if (kind is not null)
        {
            tallies = tallies.Where(t => t.Kind == kind);
        }

        return tallies.SumAsync(t => t.Pending, cancellationToken);
    }

    /// <summary>Pending suggestions across articles, most confident first; optionally one kind and a floor on confidence.</summary>
    public static async Task<ReviewQueue> QueueAsync(NewsReaderDbContext db, int page, int pageSize, AnnotationKind? kind, double minConfidence, CancellationToken cancellationToken)
    {
        var pending = Pending(db).Where(s => s.Confidence >= minConfidence);
        if (kind is not null)
        {
            pending = pending.Where(s => s.Kind == kind);
        }

        var total = await CountPendingAsync(db, kind, minConfidence, cancellationToken);
        var rows = await WithPeople(db, pending
                .OrderByDescending(s => s.Confidence).ThenBy(s => s.ArticleId).ThenBy(s => s.ParagraphId).ThenBy(s => s.Start).ThenBy(s => s.Id)
                .Skip(Paging.Offset(page, pageSize)).Take(pageSize))
            .ToListAsync(cancellationToken);
        var paragraphIds = rows.Select(r => r.Suggestion.ParagraphId!.Value).Distinct().ToList();
        var places = await db.Paragraphs.AsNoTracking().Where(p => paragraphIds.Contains(p.Id))
            .Join(db.Articles, p => p.ArticleId, a => a.Id, (p, a) => new { p.Id, p.Ordinal, p.Text, a.Slug, a.Title })
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var views = await ViewsAsync(db, rows, cancellationToken);
        var items = views.Select(view =>
        {
            var place = places[view.ParagraphId];
            return new ReviewItem(view, place.Slug, place.Title, place.Ordinal + 1, place.Text);
        }).ToList();
        return new ReviewQueue(total, page, pageSize, items);
    }

    // The person's slug: the one the extractor linked, else whoever now has the name or alias (someone may
    // have created the person since, e.g. by accepting another suggestion), also when one of the two names
    // carries a "Sir" or "Dame" the other leaves out ("Alex Ferguson", "Sir Alex Ferguson"), else, for a
    // suggestion named by a surname alone ("Blair"), see SurnameHoldersAsync.
    private static IQueryable<Row> WithPeople(NewsReaderDbContext db, IQueryable<Suggestion> suggestions) =>
        from s in suggestions
        let linked = db.People.Where(p => p.Id == s.PersonId).Select(p => new { p.Slug, p.Name }).FirstOrDefault()
        let byKey = db.People.Where(p => p.Key == s.PersonKey
                || p.Key == "sir " + s.PersonKey || p.Key == "dame " + s.PersonKey
                || ((s.PersonKey!.StartsWith("sir ") || s.PersonKey!.StartsWith("dame ")) && p.Key == s.PersonKey!.Substring(s.PersonKey!.IndexOf(" ") + 1)))
            .OrderBy(p => p.Key == s.PersonKey ? 0 : 1).ThenBy(p => p.Id).Select(p => new { p.Slug, p.Name }).FirstOrDefault()
        let byAlias = db.PersonAliases.Where(a => a.Key == s.PersonKey).OrderBy(a => a.PersonId)
            .Join(db.People, a => a.PersonId, p => p.Id, (a, p) => new { p.Slug, p.Name }).FirstOrDefault()
        select new Row(s, linked!.Slug, linked.Name, byKey!.Slug, byKey.Name, byAlias!.Slug, byAlias.Name);

    private static bool NamesPerson(Suggestion s) =>
        s.PersonName is not null && (s.Kind == AnnotationKind.Person || s.SpeakerKind == SuggestedSpeaker.Person);

    // A surname alone ("Howard") that the extractor did not link and no alias claims. A person called just
    // "Howard" may exist (someone accepted one before a full name was known): the surname still goes to a
    // dominant full-name holder when there is one, so that bare person stops gathering mentions.
    private static bool NeedsSurname(Row row) =>
        NamesPerson(row.Suggestion) && row.LinkedSlug is null && row.AliasSlug is null
        && row.Suggestion.PersonKey is { Length: > 0 } key && !key.Contains(' ');

    private static async Task<List<SuggestionView>> ViewsAsync(NewsReaderDbContext db, List<Row> rows, CancellationToken cancellationToken)
    {
        var surnames = rows.Where(NeedsSurname).Select(r => r.Suggestion.PersonKey!).Distinct(StringComparer.Ordinal).ToList();
        var bySurname = surnames.Count == 0 ? [] : await SurnameHoldersAsync(db, surnames, cancellationToken);
        var lastWords = rows.Where(IsNewFullName).Select(r => LastWord(r.Suggestion.PersonKey!)).Distinct(StringComparer.Ordinal).ToList();
        var completed = lastWords.Count == 0 ? [] : await CompletedSurnamesAsync(db, lastWords, cancellationToken);
        return [.. rows.Select(r => ToView(r, bySurname, completed))];
    }

    // A full name that no person has yet: accepting it may complete a person known by its surname alone.
    private static bool IsNewFullName(Row row) =>
        NamesPerson(row.Suggestion) && row.LinkedSlug is null && row.KeySlug is null && row.AliasSlug is null
        && row.Suggestion.PersonKey is { } key && key.Contains(' ');

    private static string LastWord(string key) => key[(key.LastIndexOf(' ') + 1)..];

    // The people named by one of these surnames alone whom a full name would complete (the rule of
    // NameDirectory, shown before accepting): only where nobody else has the surname. Their current names.
    private static async Task<Dictionary<string, string>> CompletedSurnamesAsync(NewsReaderDbContext db, List<string> lastWords, CancellationToken cancellationToken)
    {
        var people = await db.People.AsNoTracking()
            .Where(p => lastWords.Contains(p.Key) || lastWords.Any(w => p.Key.EndsWith(" " + w)))
            .Select(p => new { p.Key, p.Name }).ToListAsync(cancellationToken);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in lastWords)
        {
            var holders = people.Where(p => p.Key == word || p.Key.EndsWith(" " + word, StringComparison.Ordinal)).ToList();
            if (holders is [{ } bare] && bare.Key == word)
            {
                result[word] = bare.Name;
            }
        }

        return result;
    }

    // For a suggestion named by a surname alone ("Blair"): the one person whose name ends with it, or of
    // several, the one named at least three times as often as all the others together ("Tony Blair" beside
    // "Cherie Blair"), counting their annotations and the pending suggestions that name them across the corpus (so
    // the corpus's Michael Howard, not the goalkeeper Tim Howard tagged first); never a second "Blair"
    // beside "Tony Blair", and no guess between namesakes named alike. One query for all the surnames of a
    // page, and none when it has no such suggestion.
    private static async Task<Dictionary<string, SuggestedPerson>> SurnameHoldersAsync(NewsReaderDbContext db, List<string> surnames, CancellationToken cancellationToken)
    {
        var holders = await db.People.AsNoTracking()
            .Where(p => surnames.Any(n => p.Key.EndsWith(" " + n)))
            .Select(p => new { p.Key, p.Slug, p.Name, Tagged = db.Annotations.Count(a => a.PersonId == p.Id) + db.Suggestions.Count(x => x.PersonKey == p.Key && x.Status == SuggestionStatus.Pending) })
            .ToListAsync(cancellationToken);
        var result = new Dictionary<string, SuggestedPerson>(StringComparer.Ordinal);
        foreach (var surname in surnames)
        {
            var theirs = holders.Where(h => h.Key.EndsWith(" " + surname, StringComparison.Ordinal))
                .OrderByDescending(h => h.Tagged).ThenBy(h => h.Slug, StringComparer.Ordinal).ToList();
            var others = theirs.Skip(1).Sum(h => h.Tagged);
            if (theirs.Count == 1 || (theirs.Count > 1 && theirs[0].Tagged > 0 && theirs[0].Tagged >= 3 * others))
            {
                result[surname] = new SuggestedPerson(theirs[0].Name, theirs[0].Slug);
            }
        }

        return result;
    }

    private static SuggestionView ToView(Row row, Dictionary<string, SuggestedPerson> bySurname, Dictionary<string, string> completed)
    {
        var s = row.Suggestion;
        SuggestedPerson? person = null;
        if (NamesPerson(s))
        {
            person = row.LinkedSlug is not null ? new SuggestedPerson(row.LinkedName!, row.LinkedSlug)
                : NeedsSurname(row) && bySurname.TryGetValue(s.PersonKey!, out var holder) ? holder
                : row.KeySlug is not null ? new SuggestedPerson(row.KeyName!, row.KeySlug)
                : row.AliasSlug is not null ? new SuggestedPerson(row.AliasName!, row.AliasSlug)
                : new SuggestedPerson(s.PersonName!, null)
                {
                    Completes = IsNewFullName(row) && completed.TryGetValue(LastWord(s.PersonKey!), out var bare) ? bare : null,
                };
        }

        // Pending ones are always placed: an edit that removes a suggestion's text withdraws it.
        return new SuggestionView(s.Id, s.Kind, s.ParagraphId ?? 0, s.Start, s.End, s.Exact, person, s.SpeakerKind, s.SpeakerText, s.Confidence);
    }

    /// <summary>The person to tag when a suggestion is accepted as it stands: by slug when known, else by name (created if new).</summary>
    public static NameRef? PersonRef(SuggestionView view) =>
        view.Person is null ? null : view.Person.Slug is not null ? new NameRef(view.Person.Slug, null) : new NameRef(null, view.Person.Name) { FromSuggestion = true };
}
