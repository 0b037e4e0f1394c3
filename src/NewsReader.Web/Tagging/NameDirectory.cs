using Microsoft.EntityFrameworkCore;
using NewsReader.Suggestions;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;

namespace NewsReader.Web.Tagging;

/// <summary>
/// Resolves the people and topics a request names. A slug must exist. A name must pass
/// <see cref="NameRules"/>, then finds the person whose name (or, failing that, whose single alias) has the
/// same <see cref="NameKey"/>; otherwise it creates them, so tagging a new speaker takes one step.
/// </summary>
public sealed class NameDirectory(NewsReaderDbContext db, TimeProvider clock)
{
    public async Task<TaggingResult<Person>> PersonAsync(NameRef reference, string field, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(reference.Slug))
        {
            var bySlug = await db.People.SingleOrDefaultAsync(p => p.Slug == reference.Slug, cancellationToken);
            if (bySlug is null)
            {
                return TaggingResult<Person>.Invalid(field, $"No person has the slug '{reference.Slug}'.");
            }

            return await AgreesAsync(reference.Name, bySlug.Key, bySlug.Id, cancellationToken)
                ? TaggingResult<Person>.Ok(bySlug)
                : TaggingResult<Person>.Invalid(field, NotBoth("person", reference.Slug));
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
            if (bySlug is null)
            {
                return TaggingResult<Topic>.Invalid(field, $"No topic has the slug '{reference.Slug}'.");
            }

            return await AgreesAsync(reference.Name, bySlug.Key, null, cancellationToken)
                ? TaggingResult<Topic>.Ok(bySlug)
                : TaggingResult<Topic>.Invalid(field, NotBoth("topic", reference.Slug));
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

    // A slug and a name together used to drop the name without a word. The API returns { slug, name }, so a
    // client may send back what it read: that is accepted when the name is the one the slug already has (or
    // one of the person's aliases). Any other name is refused, rather than guessing which of the two was meant.
    private async Task<bool> AgreesAsync(string? name, string slugsKey, int? personId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return true;
        }

        var check = NameRules.Check(name, NameKind.Alias);
        if (!check.IsValid)
        {
            return false;
        }

        var key = NameKey.For(check.Name);
        return key == slugsKey
            || (personId is { } id && await db.People.AnyAsync(p => p.Id == id && p.Aliases.Any(a => a.Key == key), cancellationToken));
    }

    private static string NotBoth(string kind, string slug) =>
        $"Give the {kind}'s \"slug\" or a \"name\", not both: the name given is not what the {kind} with the slug '{slug}' is called.";
}
