using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;
using NewsReader.Web.Reviewing;
using NewsReader.Web.Tagging;

namespace NewsReader.Web.People;

/// <summary>
/// "Tag as mention" from the person page: tags the first occurrence of their name or an alias in a
/// paragraph the search found, through <see cref="AnnotationService"/> so every tagging rule applies;
/// and "Accept as mention", which accepts a suggested mention of them through <see cref="SuggestionReview"/>.
/// </summary>
public static class MentionTagging
{
    /// <summary>
    /// Accepts a pending person-mention suggestion as a mention of this person. The person is named
    /// explicitly, so the mention is theirs even when the suggestion's name is also someone else's alias.
    /// </summary>
    public static async Task<TaggingResult<AnnotationView>> AcceptSuggestedMentionAsync(
        NewsReaderDbContext db, SuggestionReview review, string personSlug, int suggestionId, Actor actor, CancellationToken cancellationToken)
    {
        var kind = await db.Suggestions.AsNoTracking().Where(s => s.Id == suggestionId).Select(s => (AnnotationKind?)s.Kind).SingleOrDefaultAsync(cancellationToken);
        if (kind is null)
        {
            return TaggingResult<AnnotationView>.NotFound($"No suggestion has the id {suggestionId}.");
        }

        return kind != AnnotationKind.Person
            ? TaggingResult<AnnotationView>.Invalid("suggestionId", $"Suggestion {suggestionId} is a quote, not a mention of a person.")
            : await review.AcceptAsync(suggestionId, new SuggestionCorrections(Person: new NameRef(personSlug, null)), actor, cancellationToken);
    }

    /// <summary>The new annotation's id, or the existing one's when the article already has one of this person (a repeated submit).</summary>
    public static async Task<TaggingResult<int>> TagFirstMentionAsync(
        NewsReaderDbContext db, AnnotationService annotations, string personSlug, int paragraphId, Actor actor, CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Slug == personSlug)
            .Select(p => new { p.Id, p.Slug, p.Name, Aliases = p.Aliases.Select(a => a.Name).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return TaggingResult<int>.NotFound($"No person has the slug '{personSlug}'.");
        }

        var paragraph = await db.Paragraphs.AsNoTracking().Where(p => p.Id == paragraphId)
            .Join(db.Articles, p => p.ArticleId, a => a.Id, (p, a) => new { p.Text, p.ArticleId, ArticleSlug = a.Slug })
            .SingleOrDefaultAsync(cancellationToken);
        if (paragraph is null)
        {
            return TaggingResult<int>.Invalid("paragraphId", $"No paragraph has the id {paragraphId}.");
        }

        var existing = await db.Annotations.AsNoTracking()
            .Where(a => a.ArticleId == paragraph.ArticleId && a.PersonId == person.Id)
            .OrderBy(a => a.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is { } id)
        {
            return TaggingResult<int>.Ok(id);
        }

        var match = NameFinder.FindFirst(paragraph.Text, [person.Name, .. person.Aliases]);
        if (match is null)
        {
            return TaggingResult<int>.Invalid("paragraphId", $"The paragraph does not name {person.Name} or any of their aliases.");
        }

        var exact = paragraph.Text[match.Start..match.End];
        var input = new NewAnnotation(paragraphId, match.Start, match.End, exact, "person", new NameRef(person.Slug, null), null, null);
        var created = await annotations.CreateAsync(paragraph.ArticleSlug, input, actor, cancellationToken);
        return created.Status == TaggingStatus.Ok
            ? TaggingResult<int>.Ok(created.Value!.Id)
            : new TaggingResult<int>(created.Status, 0, created.Errors, created.Message);
    }
}
