using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Anchoring;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;
using AnchorState = NewsReader.Web.Domain.AnchorState;

namespace NewsReader.Web.Ingestion;

/// <summary>An annotation an edit left without its text.</summary>
public sealed record OrphanedAnnotation(int AnnotationId, string Exact);

/// <summary>What an edit did to an article's annotations.</summary>
public sealed record RevisionReport(int Revision, int Kept, int Moved, int Reanchored, int Orphaned, IReadOnlyList<OrphanedAnnotation> Orphans)
{
    public static readonly RevisionReport None = new(0, 0, 0, 0, 0, []);
}

/// <summary>
/// Stores a changed text as a new revision of the article and carries everything anchored to it along:
/// paragraphs that survive keep their ids, the old text is kept as a revision, and every annotation
/// (deleted ones too, so a restore lands on the right words) and suggestion is placed by
/// <see cref="SpanAnchorer"/>: kept, moved, re-anchored on changed text, or orphaned. Nothing is deleted,
/// each change is recorded in the annotation's history, and the result is checked before it is stored.
/// </summary>
public static class ArticleRevising
{
    public static async Task<RevisionReport> ReviseAsync(NewsReaderDbContext db, Article article, ArticleContent content, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var old = article.Paragraphs.OrderBy(p => p.Ordinal).Select(p => new OldParagraph(p.Id, p.Ordinal, p.Text)).ToList();
        var texts = content.Paragraphs.Select(p => p.Text).ToList();
        var annotations = await db.Annotations.IgnoreQueryFilters().Where(a => a.ArticleId == article.Id).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var suggestions = await db.Suggestions.Where(s => s.ArticleId == article.Id).OrderBy(s => s.Id).ToListAsync(cancellationToken);

        // One pass over both kinds: the article's paragraphs are matched and indexed once.
        var places = SpanAnchorer.Place(old, texts, [.. annotations.Cast<AnchoredSpan>().Concat(suggestions).Select((span, i) => ToSpan(i, span))]);
        var annotationPlaces = places.Take(annotations.Count).ToList();
        var suggestionPlaces = places.Skip(annotations.Count).ToList();

        // Taken now: removing a paragraph row clears its annotations' link, and history must say where they were.
        var before = annotations.Select(AnnotationSnapshot.Of).ToList();

        // Positions that change move out of the way first: a unique index forbids two paragraphs at one position.
        var kept = ParagraphMatcher.Match(old, texts);
        if (article.ParkParagraphs(kept))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        var revision = article.ReplaceContent(content, kept, now)
            ?? throw new InvalidOperationException("ReviseAsync needs a changed text.");
        db.ArticleRevisions.Add(revision);
        await db.SaveChangesAsync(cancellationToken); // new paragraphs get their ids
        var paragraphIds = article.Paragraphs.OrderBy(p => p.Ordinal).Select(p => p.Id).ToList();

        var report = PlaceAnnotations(db, article.Revision, annotations, before, annotationPlaces, paragraphIds, now);
        for (var i = 0; i < suggestions.Count; i++)
        {
            var place = suggestionPlaces[i];
            if (place.NewParagraphIndex is int index)
            {
                suggestions[i].Relocate(paragraphIds[index], Anchor(place));
            }
            else
            {
                suggestions[i].Orphan();
            }
        }

        // Checked on what is about to be stored, before it is: a breach throws and the file's transaction rolls back.
        AnchorCheck.Verify(article.Paragraphs, annotations, suggestions);
        await db.SaveChangesAsync(cancellationToken);
        return report;
    }

    private static RevisionReport PlaceAnnotations(NewsReaderDbContext db, int revision, List<Annotation> annotations, List<AnnotationSnapshot> snapshots, IReadOnlyList<Placement> places, List<int> paragraphIds, DateTimeOffset now)
    {
        int kept = 0, moved = 0, reanchored = 0;
        var orphans = new List<OrphanedAnnotation>();
        for (var i = 0; i < annotations.Count; i++)
        {
            var annotation = annotations[i];
            var place = places[i];
            var before = snapshots[i];
            AnnotationAction action;
            if (place.NewParagraphIndex is int index)
            {
                annotation.Reanchor(paragraphIds[index], Anchor(place));
                var after = AnnotationSnapshot.Of(annotation);
                if (after == before)
                {
                    kept++;
                    continue;
                }

                action = annotation.State == AnchorState.Reanchored && before.Exact != after.Exact ? AnnotationAction.Reanchored : AnnotationAction.Moved;
                if (action == AnnotationAction.Reanchored)
                {
                    reanchored++;
                }
                else
                {
                    moved++;
                }
            }
            else
            {
                if (annotation.State == AnchorState.Orphaned)
                {
                    continue; // still an orphan: nothing new to record
                }

                annotation.Orphan();
                action = AnnotationAction.Orphaned;
                if (!annotation.IsDeleted)
                {
                    orphans.Add(new OrphanedAnnotation(annotation.Id, annotation.Exact));
                }
            }

            db.AnnotationEvents.Add(new AnnotationEvent(annotation, action, null, revision, before, now));
        }

        return new RevisionReport(revision, kept, moved, reanchored, orphans.Count, orphans);
    }

    private static SpanToPlace ToSpan(int key, AnchoredSpan span) =>
        new(key, span.ParagraphId, span.Start, span.End, span.Exact, span.Prefix, span.Suffix);

    private static TextAnchor Anchor(Placement place) => new(place.Start, place.End, place.Exact, place.Prefix, place.Suffix);
}
