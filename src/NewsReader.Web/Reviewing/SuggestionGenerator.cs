using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using NewsReader.Suggestions;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;

namespace NewsReader.Web.Reviewing;

/// <summary>What a suggestion run did: articles read, suggestions now pending, and what changed.</summary>
public sealed record SuggestionRunSummary(int Articles, int Added, int Kept, int Removed, int SkippedReviewed, int SkippedTagged, int PendingQuotes, int PendingPeople, TimeSpan Elapsed)
{
    public override string ToString() =>
        $"{Articles} articles; {PendingQuotes} quotes and {PendingPeople} person mentions pending ({Added} new, {Kept} kept, {Removed} withdrawn); " +
        $"{SkippedReviewed} skipped as already reviewed, {SkippedTagged} as already tagged";
}

/// <summary>
/// Runs the extractor over stored articles and keeps each article's pending suggestions in step with it:
/// a span suggested again keeps its id (so a reviewer's open page still works), a span no longer suggested
/// is withdrawn, and nothing is suggested that a reviewer already accepted or rejected (same kind, exact
/// text and context) or that an annotation of the same kind already covers. Works in batches, one
/// transaction each, so a run over a corpus never holds the database for long.
/// </summary>
public sealed class SuggestionGenerator(IDbContextFactory<NewsReaderDbContext> contexts, TimeProvider clock, Hosting.PageCache pages, ILogger<SuggestionGenerator> logger)
{
    private const int BatchSize = 50;

    private sealed record ParagraphRow(int Id, int ArticleId, int Ordinal, string Text);

    private sealed record TaggedSpan(int ParagraphId, AnnotationKind Kind, int Start, int End);

    private sealed record Candidate(int ParagraphId, TextAnchor Anchor, AnnotationKind Kind, string? PersonName, string? PersonSlug, SuggestedSpeaker? SpeakerKind, string? SpeakerText, double Confidence);

    /// <summary>Suggests for the given articles, or every article when <paramref name="articleIds"/> is null.</summary>
    public async Task<SuggestionRunSummary> SuggestAsync(IReadOnlyCollection<int>? articleIds, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        List<int> ids;
        KnownPeople known;
        Dictionary<string, int> personIds;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            ids = articleIds is null
                ? await db.Articles.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(cancellationToken)
                : [.. articleIds.Distinct().Order()];
            var people = await db.People.AsNoTracking()
                .Select(p => new { p.Id, p.Slug, p.Name, Aliases = p.Aliases.Select(a => a.Name).ToList() })
                .ToListAsync(cancellationToken);
            known = new KnownPeople(people.Select(p => new KnownPerson(p.Slug, p.Name, p.Aliases)));
            personIds = people.ToDictionary(p => p.Slug, p => p.Id, StringComparer.Ordinal);
        }

        var totals = new Tally();
        for (var i = 0; i < ids.Count; i += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = ids.GetRange(i, Math.Min(BatchSize, ids.Count - i));
            await SuggestBatchAsync(batch, known, personIds, totals, cancellationToken);
            progress?.Report((i + batch.Count, ids.Count));
        }

        if (totals.Added + totals.Removed > 0)
        {
            await pages.ReadingChangedAsync(cancellationToken);
        }

        var summary = new SuggestionRunSummary(ids.Count, totals.Added, totals.Kept, totals.Removed, totals.SkippedReviewed, totals.SkippedTagged, totals.PendingQuotes, totals.PendingPeople, stopwatch.Elapsed);
        logger.LogInformation("Suggestions for {Articles} articles in {ElapsedMs} ms: {Summary}", ids.Count, stopwatch.ElapsedMilliseconds, summary);
        return summary;
    }

    private async Task SuggestBatchAsync(List<int> batch, KnownPeople known, Dictionary<string, int> personIds, Tally totals, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // Pending suggestions can be derived again, so no fsync per batch (still crash-consistent in WAL);
        // reviews are written by the web app's own connections at full durability (SqlitePragmas).
        await db.Database.OpenConnectionAsync(cancellationToken);
        await DurabilitySettings.RelaxBeforeTransactionAsync(db, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await DurabilitySettings.RelaxInTransactionAsync(db, cancellationToken);

        var titles = await db.Articles.AsNoTracking().Where(a => batch.Contains(a.Id)).Select(a => new { a.Id, a.Title }).ToDictionaryAsync(a => a.Id, a => a.Title, cancellationToken);
        var paragraphs = (await db.Paragraphs.AsNoTracking().Where(p => batch.Contains(p.ArticleId))
                .Select(p => new ParagraphRow(p.Id, p.ArticleId, p.Ordinal, p.Text)).ToListAsync(cancellationToken))
            .ToLookup(p => p.ArticleId);
        var tagged = (await db.Annotations.AsNoTracking().Where(a => batch.Contains(a.ArticleId) && a.Kind != AnnotationKind.Topic && a.ParagraphId != null)
                .Select(a => new { a.ArticleId, Span = new TaggedSpan(a.ParagraphId!.Value, a.Kind, a.Start, a.End) }).ToListAsync(cancellationToken))
            .ToLookup(a => a.ArticleId, a => a.Span);
        var stored = (await db.Suggestions.Where(s => batch.Contains(s.ArticleId)).ToListAsync(cancellationToken)).ToLookup(s => s.ArticleId);
        var added = new List<Suggestion>();

        foreach (var articleId in batch)
        {
            if (!titles.TryGetValue(articleId, out var title))
            {
                continue; // deleted since the run began
            }

            var ordered = paragraphs[articleId].OrderBy(p => p.Ordinal).ToList();
            var candidates = Candidates(title, ordered, known);
            Apply(db, articleId, candidates, tagged[articleId].ToList(), stored[articleId].ToList(), personIds, added, totals);
        }

        await db.SaveChangesAsync(cancellationToken);
        await SuggestionInserter.InsertAsync(db, added, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static List<Candidate> Candidates(string title, List<ParagraphRow> paragraphs, KnownPeople known)
    {
        var result = SuggestionExtractor.Extract(new ArticleText(title, [.. paragraphs.Select(p => p.Text)]), known);
        var candidates = new List<Candidate>();
        var slugByName = result.People.GroupBy(p => p.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().KnownSlug, StringComparer.Ordinal);
        foreach (var quote in result.Quotes)
        {
            if (Anchor(paragraphs, quote.Paragraph, quote.Start, quote.End, quote.Text) is { } anchor)
            {
                var slug = quote.PersonName is null ? null : slugByName.GetValueOrDefault(quote.PersonName);
                candidates.Add(new Candidate(paragraphs[quote.Paragraph].Id, anchor, AnnotationKind.Quote, quote.PersonName, slug, ToStored(quote.SpeakerKind), quote.SpeakerText, quote.Confidence));
            }
        }

        foreach (var person in result.People)
        {
            foreach (var mention in person.Mentions)
            {
                // Title mentions have no paragraph to anchor to; the body's mentions carry the person.
                if (Anchor(paragraphs, mention.Paragraph, mention.Start, mention.End, mention.Text) is { } anchor)
                {
                    candidates.Add(new Candidate(paragraphs[mention.Paragraph].Id, anchor, AnnotationKind.Person, person.Name, person.KnownSlug, null, null, person.Confidence));
                }
            }
        }

        return candidates;
    }

    private static TextAnchor? Anchor(List<ParagraphRow> paragraphs, int index, int start, int end, string text)
    {
        if (index < 0 || index >= paragraphs.Count)
        {
            return null;
        }

        var paragraph = paragraphs[index];
        var errors = AnnotationRules.CheckAnchor(paragraph.Text, index + 1, start, end, text, out var anchor);
        return errors.Count == 0 ? anchor : null;
    }

    private void Apply(NewsReaderDbContext db, int articleId, List<Candidate> candidates, List<TaggedSpan> tagged, List<Suggestion> stored, Dictionary<string, int> personIds, List<Suggestion> added, Tally totals)
    {
        var reviewed = stored.Where(s => s.Status != SuggestionStatus.Pending).ToList();
        var pending = stored.Where(s => s.Status == SuggestionStatus.Pending)
            .GroupBy(s => (s.ParagraphId, s.Kind, s.Start, s.End))
            .ToDictionary(g => g.Key, g => g.First());
        var now = clock.GetUtcNow();
        var wanted = new HashSet<Suggestion>();
        foreach (var candidate in candidates)
        {
            if (reviewed.Any(s => s.SameText(candidate.Kind, candidate.Anchor)))
            {
                totals.SkippedReviewed++;
                continue;
            }

            if (tagged.Any(t => t.ParagraphId == candidate.ParagraphId && t.Kind == candidate.Kind && t.Start < candidate.Anchor.End && candidate.Anchor.Start < t.End))
            {
                totals.SkippedTagged++;
                continue;
            }

            int? personId = candidate.PersonSlug is not null && personIds.TryGetValue(candidate.PersonSlug, out var id) ? id : null;
            if (pending.TryGetValue((candidate.ParagraphId, candidate.Kind, candidate.Anchor.Start, candidate.Anchor.End), out var existing) && existing.Exact == candidate.Anchor.Exact)
            {
                if (wanted.Add(existing))
                {
                    existing.Refresh(candidate.PersonName, personId, candidate.SpeakerKind, candidate.SpeakerText, candidate.Confidence);
                    totals.Kept++;
                    totals.CountPending(candidate.Kind);
                }

                continue;
            }

            var suggestion = new Suggestion(articleId, candidate.ParagraphId, candidate.Anchor, candidate.Kind, candidate.PersonName, personId, candidate.SpeakerKind, candidate.SpeakerText, candidate.Confidence, now);
            pending[(candidate.ParagraphId, candidate.Kind, candidate.Anchor.Start, candidate.Anchor.End)] = suggestion;
            wanted.Add(suggestion);
            added.Add(suggestion);
            totals.Added++;
            totals.CountPending(candidate.Kind);
        }

        foreach (var stale in stored.Where(s => s.Status == SuggestionStatus.Pending && !wanted.Contains(s)))
        {
            db.Suggestions.Remove(stale);
            totals.Removed++;
        }
    }

    private static SuggestedSpeaker ToStored(SpeakerKind kind) => kind switch
    {
        SpeakerKind.Person => SuggestedSpeaker.Person,
        SpeakerKind.Organisation => SuggestedSpeaker.Organisation,
        SpeakerKind.Unnamed => SuggestedSpeaker.Unnamed,
        _ => SuggestedSpeaker.None,
    };

    private sealed class Tally
    {
        public int Added { get; set; }

        public int Kept { get; set; }

        public int Removed { get; set; }

        public int SkippedReviewed { get; set; }

        public int SkippedTagged { get; set; }

        public int PendingQuotes { get; private set; }

        public int PendingPeople { get; private set; }

        public void CountPending(AnnotationKind kind)
        {
            if (kind == AnnotationKind.Quote)
            {
                PendingQuotes++;
            }
            else
            {
                PendingPeople++;
            }
        }
    }
}
