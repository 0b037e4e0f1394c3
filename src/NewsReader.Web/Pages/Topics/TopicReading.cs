using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;

namespace NewsReader.Web.Pages.Topics;

/// <summary>
/// What the topic page shows: the spans tagged with the topic, the quotes in the same paragraphs as
/// those spans (a quote is "on" a topic when its paragraph is tagged with it), and who said them.
/// </summary>
public sealed record TopicReading(
    int Id,
    string Slug,
    string Name,
    string? Description,
    IReadOnlyList<TopicReading.Span> Spans,
    IReadOnlyList<TopicReading.Quote> Quotes)
{
    public sealed record Span(int AnnotationId, string ArticleSlug, string ArticleTitle, int ParagraphNumber, string Prefix, string Exact, string Suffix);

    public sealed record Quote(int AnnotationId, string ArticleSlug, string ArticleTitle, int ParagraphNumber, string Prefix, string Exact, string Suffix, string SpeakerSlug, string SpeakerName);

    public sealed record Speaker(string Slug, string Name, int Quotes);

    /// <summary>Speakers of the quotes on this topic, most quotes first.</summary>
    public IReadOnlyList<Speaker> Speakers => Quotes
        .GroupBy(q => q.SpeakerSlug)
        .Select(g => new Speaker(g.Key, g.First().SpeakerName, g.Count()))
        .OrderByDescending(s => s.Quotes).ThenBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase)
        .ToList();

    public static async Task<TopicReading?> LoadAsync(NewsReaderDbContext db, string slug, CancellationToken cancellationToken)
    {
        var topic = await db.Topics.AsNoTracking().Where(t => t.Slug == slug)
            .Select(t => new { t.Id, t.Slug, t.Name, t.Description })
            .SingleOrDefaultAsync(cancellationToken);
        if (topic is null)
        {
            return null;
        }

        var spans = await (
            from a in db.Annotations.AsNoTracking()
            where a.TopicId == topic.Id
            join r in db.Articles on a.ArticleId equals r.Id
            join p in db.Paragraphs on a.ParagraphId equals p.Id into places
            from p in places.DefaultIfEmpty()
            orderby r.IngestedAt descending, r.Id, p == null ? int.MaxValue : p.Ordinal, a.Start, a.Id
            select new Span(a.Id, r.Slug, r.Title, p == null ? 0 : p.Ordinal + 1, a.Prefix, a.Exact, a.Suffix))
            .ToListAsync(cancellationToken);

        var topicParagraphs = db.Annotations.Where(t => t.TopicId == topic.Id).Select(t => t.ParagraphId);
        var quotes = await (
            from q in db.Annotations.AsNoTracking()
            where q.Kind == AnnotationKind.Quote && topicParagraphs.Contains(q.ParagraphId)
            join person in db.People on q.PersonId equals (int?)person.Id
            join r in db.Articles on q.ArticleId equals r.Id
            join p in db.Paragraphs on q.ParagraphId equals p.Id
            orderby r.IngestedAt descending, r.Id, p.Ordinal, q.Start, q.Id
            select new Quote(q.Id, r.Slug, r.Title, p.Ordinal + 1, q.Prefix, q.Exact, q.Suffix, person.Slug, person.Name))
            .ToListAsync(cancellationToken);

        return new TopicReading(topic.Id, topic.Slug, topic.Name, topic.Description, spans, quotes);
    }
}
