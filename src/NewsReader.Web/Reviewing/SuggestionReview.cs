using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;
using NewsReader.Web.Tagging;

namespace NewsReader.Web.Reviewing;

/// <summary>
/// Changes to a suggestion before it is accepted; null leaves the suggestion's own value. A changed span
/// gives <see cref="Start"/> and <see cref="End"/> (and <see cref="Exact"/>, checked when sent).
/// </summary>
public sealed record SuggestionCorrections(string? Kind = null, int? Start = null, int? End = null, string? Exact = null, NameRef? Person = null, NameRef? Topic = null, string? Note = null);

/// <summary>What "accept all above a confidence" did for an article.</summary>
public sealed record AcceptAllResult(int Accepted, int NeedSpeaker, int Failed, IReadOnlyList<int> AnnotationIds);

/// <summary>
/// Accepting and rejecting suggestions, for the API, the article page and the review queue alike. Any
/// signed-in user may review (as any may tag). Accepting creates an ordinary annotation authored by the
/// reviewer, through the same rules as hand tagging, and remembers the suggestion it came from; both
/// happen in one transaction, and a suggestion can be reviewed once: the second reviewer gets a conflict.
/// </summary>
public sealed class SuggestionReview(NewsReaderDbContext db, AnnotationService annotations, TimeProvider clock, Hosting.PageCache pages)
{
    public async Task<TaggingResult<AnnotationView>> AcceptAsync(int id, SuggestionCorrections? corrections, Actor actor, CancellationToken cancellationToken)
    {
        var place = await db.Suggestions.AsNoTracking().Where(s => s.Id == id)
            .Join(db.Articles, s => s.ArticleId, a => a.Id, (s, a) => new { s.Status, a.Slug })
            .SingleOrDefaultAsync(cancellationToken);
        if (place is null)
        {
            return TaggingResult<AnnotationView>.NotFound($"No suggestion has the id {id}.");
        }

        if (place.Status != SuggestionStatus.Pending)
        {
            return TaggingResult<AnnotationView>.Conflict($"Suggestion {id} was already {place.Status.ToString().ToLowerInvariant()}.");
        }

        var view = (await SuggestionQueries.FindAsync(db, id, cancellationToken))!;
        var input = await InputAsync(view, corrections ?? new SuggestionCorrections(), cancellationToken);
        if (input.Errors is not null)
        {
            return TaggingResult<AnnotationView>.Invalid(input.Errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();

        // Claim it first: of two reviewers accepting at once, one changes the row and the other finds it taken.
        var claimed = await db.Suggestions.Where(s => s.Id == id && s.Status == SuggestionStatus.Pending)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, SuggestionStatus.Accepted).SetProperty(s => s.ReviewerId, actor.UserId).SetProperty(s => s.ReviewedAt, now), cancellationToken);
        if (claimed == 0)
        {
            return TaggingResult<AnnotationView>.Conflict($"Suggestion {id} was reviewed by someone else a moment ago.");
        }

        var created = await annotations.CreateAsync(place.Slug, input.Annotation!, actor, cancellationToken, fromSuggestion: id);
        if (created.Status != TaggingStatus.Ok)
        {
            return created; // disposing the transaction rolls the claim back
        }

        await db.Suggestions.Where(s => s.Id == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.AnnotationId, created.Value!.Id), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return created;
    }

    public async Task<TaggingResult<int>> RejectAsync(int id, Actor actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rejected = await db.Suggestions.Where(s => s.Id == id && s.Status == SuggestionStatus.Pending)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, SuggestionStatus.Rejected).SetProperty(s => s.ReviewerId, actor.UserId).SetProperty(s => s.ReviewedAt, now), cancellationToken);
        if (rejected > 0)
        {
            await pages.ReadingChangedAsync(cancellationToken);
            return TaggingResult<int>.Ok(id);
        }

        var status = await db.Suggestions.AsNoTracking().Where(s => s.Id == id).Select(s => (SuggestionStatus?)s.Status).SingleOrDefaultAsync(cancellationToken);
        return status switch
        {
            null => TaggingResult<int>.NotFound($"No suggestion has the id {id}."),
            SuggestionStatus.Rejected => TaggingResult<int>.Ok(id), // rejecting twice changes nothing
            _ => TaggingResult<int>.Conflict($"Suggestion {id} was already accepted; delete its annotation instead."),
        };
    }

    /// <summary>
    /// Accepts every pending suggestion of the article at or above the confidence that needs no correction:
    /// people, and quotes whose speaker is a named person. Quotes by organisations, unnamed or unknown
    /// sources are left for a reviewer to name the speaker.
    /// </summary>
    public async Task<TaggingResult<AcceptAllResult>> AcceptAllAsync(string articleSlug, double minConfidence, Actor actor, CancellationToken cancellationToken)
    {
        if (!double.IsFinite(minConfidence) || minConfidence < 0 || minConfidence > 1)
        {
            return TaggingResult<AcceptAllResult>.Invalid("minConfidence", "minConfidence is a number from 0 to 1.");
        }

        if (await PendingAsync(articleSlug, cancellationToken) is not { } pending)
        {
            return TaggingResult<AcceptAllResult>.NotFound($"No article has the slug '{articleSlug}'.");
        }

        var candidates = pending.Where(s => s.Confidence >= minConfidence).ToList();
        var named = candidates.Where(s => s.Person is not null).ToList();
        var (created, failed) = await AcceptEachAsync(named, actor, cancellationToken);
        return TaggingResult<AcceptAllResult>.Ok(new AcceptAllResult(created.Count, candidates.Count - named.Count, failed, created));
    }

    /// <summary>
    /// Accepts or rejects every pending mention of one suggested person in an article at once: all of
    /// "Mike Pompeo", or "not a person" for a band or a product the extractor took for one.
    /// </summary>
    public async Task<TaggingResult<AcceptAllResult>> ReviewPersonAsync(string articleSlug, string personName, bool accept, Actor actor, CancellationToken cancellationToken)
    {
        if (await PendingAsync(articleSlug, cancellationToken) is not { } pending)
        {
            return TaggingResult<AcceptAllResult>.NotFound($"No article has the slug '{articleSlug}'.");
        }

        var mentions = pending.Where(s => s.Kind == AnnotationKind.Person && s.Person?.Name == personName).ToList();
        if (accept)
        {
            var (created, failed) = await AcceptEachAsync(mentions, actor, cancellationToken);
            return TaggingResult<AcceptAllResult>.Ok(new AcceptAllResult(created.Count, 0, failed, created));
        }

        var rejected = 0;
        foreach (var mention in mentions)
        {
            rejected += (await RejectAsync(mention.Id, actor, cancellationToken)).Status == TaggingStatus.Ok ? 1 : 0;
        }

        return TaggingResult<AcceptAllResult>.Ok(new AcceptAllResult(rejected, 0, mentions.Count - rejected, []));
    }

    // The article's pending suggestions, or null when no article has the slug.
    private async Task<List<SuggestionView>?> PendingAsync(string articleSlug, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().Where(a => a.Slug == articleSlug).Select(a => new { a.Id }).SingleOrDefaultAsync(cancellationToken);
        return article is null ? null : await SuggestionQueries.ForArticleAsync(db, article.Id, cancellationToken);
    }

    // Each in its own transaction; one taken meanwhile by another reviewer counts as failed, the rest go on.
    private async Task<(List<int> Created, int Failed)> AcceptEachAsync(IReadOnlyList<SuggestionView> suggestions, Actor actor, CancellationToken cancellationToken)
    {
        var created = new List<int>();
        foreach (var suggestion in suggestions)
        {
            db.ChangeTracker.Clear();
            var result = await AcceptAsync(suggestion.Id, null, actor, cancellationToken);
            if (result.Status == TaggingStatus.Ok)
            {
                created.Add(result.Value!.Id);
            }
        }

        return (created, suggestions.Count - created.Count);
    }

    private sealed record Prepared(NewAnnotation? Annotation, Dictionary<string, string[]>? Errors);

    private async Task<Prepared> InputAsync(SuggestionView view, SuggestionCorrections corrections, CancellationToken cancellationToken)
    {
        var kind = corrections.Kind?.Trim().ToLowerInvariant() ?? (view.Kind == AnnotationKind.Quote ? "quote" : "person");
        var start = corrections.Start ?? view.Start;
        var end = corrections.End ?? view.End;
        var exact = corrections.Exact;
        if (exact is null)
        {
            if (start == view.Start && end == view.End)
            {
                exact = view.Exact;
            }
            else
            {
                // A moved span without its text: take the text from the paragraph; the anchor check still applies.
                var text = await db.Paragraphs.AsNoTracking().Where(p => p.Id == view.ParagraphId).Select(p => p.Text).SingleAsync(cancellationToken);
                exact = start >= 0 && end <= text.Length && start < end ? text[start..end] : string.Empty;
            }
        }

        var person = kind == "topic" ? null : corrections.Person ?? SuggestionQueries.PersonRef(view);
        if (kind == "quote" && person is null)
        {
            var source = view.Speaker is null ? "no speaker was found" : $"its source is \"{view.Speaker}\" ({view.SpeakerKind?.ToString().ToLowerInvariant()})";
            return new Prepared(null, new() { ["person"] = [$"Name the person who said this quote ({source}): {{ \"person\": {{ \"name\": \"...\" }} }}, or reject the suggestion."] });
        }

        var topic = kind == "topic" ? corrections.Topic : null;
        return new Prepared(new NewAnnotation(view.ParagraphId, start, end, exact, kind, person, topic, corrections.Note), null);
    }
}
