using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;

namespace NewsReader.Web.Tagging;

/// <summary>
/// Resolves the people and topics a request names. A slug must exist. A name finds the person whose
/// name (or, failing that, whose single alias) has the same <see cref="NameKey"/>; otherwise it
/// creates them, so tagging a new speaker takes one step.
/// </summary>
public sealed class NameDirectory(NewsReaderDbContext db, TimeProvider clock)
{
    public async Task<TaggingResult<Person>> PersonAsync(NameRef reference, string field, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(reference.Slug))
        {
            var bySlug = await db.People.SingleOrDefaultAsync(p => p.Slug == reference.Slug, cancellationToken);
            return bySlug is null
                ? TaggingResult<Person>.Invalid(field, $"No person has the slug '{reference.Slug}'.")
                : TaggingResult<Person>.Ok(bySlug);
        }

        var name = NameRules.Check(reference.Name, NameKind.Person);
        if (!name.IsValid)
        {
            return TaggingResult<Person>.Invalid(field, name.Error);
        }

        var key = NameKey.For(name.Name);
        var person = await db.People.SingleOrDefaultAsync(p => p.Key == key, cancellationToken);
        if (person is null)
        {
            var byAlias = await db.People.Where(p => p.Aliases.Any(a => a.Key == key)).OrderBy(p => p.Id).Take(2).ToListAsync(cancellationToken);
            person = byAlias.Count == 1 ? byAlias[0] : null;
        }

        if (person is null)
        {
            person = new Person(name.Name, await SlugAllocator.FreeAsync(db.People.Select(p => p.Slug), name.Name, "person", cancellationToken), clock.GetUtcNow());
            db.People.Add(person);
        }

        return TaggingResult<Person>.Ok(person);
    }

    public async Task<TaggingResult<Topic>> TopicAsync(NameRef reference, string field, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(reference.Slug))
        {
            var bySlug = await db.Topics.SingleOrDefaultAsync(t => t.Slug == reference.Slug, cancellationToken);
            return bySlug is null
                ? TaggingResult<Topic>.Invalid(field, $"No topic has the slug '{reference.Slug}'.")
                : TaggingResult<Topic>.Ok(bySlug);
        }

        var name = NameRules.Check(reference.Name, NameKind.Topic);
        if (!name.IsValid)
        {
            return TaggingResult<Topic>.Invalid(field, name.Error);
        }

        var key = NameKey.For(name.Name);
        var topic = await db.Topics.SingleOrDefaultAsync(t => t.Key == key, cancellationToken);
        if (topic is null)
        {
            topic = new Topic(name.Name, await SlugAllocator.FreeAsync(db.Topics.Select(t => t.Slug), name.Name, "topic", cancellationToken), clock.GetUtcNow());
            db.Topics.Add(topic);
        }

        return TaggingResult<Topic>.Ok(topic);
    }
}
