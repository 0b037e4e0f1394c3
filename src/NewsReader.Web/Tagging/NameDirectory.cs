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

        if (person is null && TitledVariants(key) is [_, ..] variants)
        {
            person = await db.People.Where(p => variants.Contains(p.Key)).OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken);
        }

        if (person is null && reference.FromSuggestion)
        {
            person = await CompletedSurnameAsync(name.Name!, key, cancellationToken);
        }

        if (person is null)
        {
            person = new Person(name.Name, await SlugAllocator.FreeAsync(db.People.Select(p => p.Slug), name.Name, "person", cancellationToken), clock.GetUtcNow());
            db.People.Add(person);
        }

        return TaggingResult<Person>.Ok(person);
    }

    /// <summary>
    /// "Alex Ferguson" and "Sir Alex Ferguson" are one person: the keys with a knighthood's or damehood's title
    /// added when a full name has none, or the key without it when it has one.
    /// </summary>
    internal static string[] TitledVariants(string key)
    {
        foreach (var title in (ReadOnlySpan<string>)["sir ", "dame "])
        {
            if (key.StartsWith(title, StringComparison.Ordinal))
            {
                return key[title.Length..].Contains(' ') ? [key[title.Length..]] : [];
            }
        }

        return key.Contains(' ') ? ["sir " + key, "dame " + key] : [];
    }

    // A suggested full name ("Rick Parry") whose surname alone is already a person ("Parry", made when a
    // suggestion naming them by surname was accepted first) completes that person: renamed, with the surname kept as an alias,
    // same slug, so links hold. Only when nobody else has that surname, so it never joins two namesakes.
    private async Task<Person?> CompletedSurnameAsync(string name, string key, CancellationToken cancellationToken)
    {
        var space = key.LastIndexOf(' ');
        if (space < 0)
        {
            return null;
        }

        var surname = key[(space + 1)..];
        var holders = await db.People.Include(p => p.Aliases)
            .Where(p => p.Key == surname || p.Key.EndsWith(" " + surname)).Take(2).ToListAsync(cancellationToken);
        if (holders is not [{ } bare] || bare.Key != surname)
        {
            return null;
        }

        var oldName = bare.Name;
        bare.Rename(name);
        if (NameRules.Check(oldName, NameKind.Alias).IsValid)
        {
            bare.AddAlias(oldName);
        }

        return bare;
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
