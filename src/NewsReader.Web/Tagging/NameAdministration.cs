using Microsoft.EntityFrameworkCore;
using NewsReader.Suggestions;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;

namespace NewsReader.Web.Tagging;

/// <summary>Changes to people and topics: edit, and merge (annotations move, aliases unite, the old address redirects). Admins only.</summary>
public sealed class NameAdministration(NewsReaderDbContext db, Hosting.PageCache pages)
{
    public sealed record PersonChanges(string? Name, IReadOnlyList<string>? Aliases, bool HasDescription, string? Description);

    public async Task<TaggingResult<Person>> EditPersonAsync(string slug, PersonChanges changes, Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.IsAdmin)
        {
            return TaggingResult<Person>.Forbidden("Only an admin may edit people.");
        }

        var person = await db.People.Include(p => p.Aliases).SingleOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        if (person is null)
        {
            return TaggingResult<Person>.NotFound($"No person has the slug '{slug}'.");
        }

        // Every field is checked before anything changes, so a refusal leaves the person as they were.
        var name = changes.Name is null ? null : NameRules.Check(changes.Name, NameKind.Person);
        if (name is { IsValid: false })
        {
            return TaggingResult<Person>.Invalid("name", name.Error);
        }

        var aliases = changes.Aliases?.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => NameRules.Check(a, NameKind.Alias)).ToList();
        if (aliases?.FirstOrDefault(a => !a.IsValid) is { } refused)
        {
            return TaggingResult<Person>.Invalid("aliases", refused.Error!);
        }

        if (changes.HasDescription && DescriptionError(changes.Description) is { } tooLong)
        {
            return TaggingResult<Person>.Invalid("description", tooLong);
        }

        if (name is not null && NameKey.For(name.Name!) != person.Key)
        {
            var key = NameKey.For(name.Name!);
            if (await db.People.AnyAsync(p => p.Key == key && p.Id != person.Id, cancellationToken))
            {
                return TaggingResult<Person>.Invalid("name", $"Another person is already called \"{name.Name}\": merge the two instead.");
            }

            var oldName = person.Name;
            person.Rename(name.Name!);
            KeepAsAlias(person, oldName); // the old name keeps finding them
        }

        if (aliases is not null)
        {
            foreach (var alias in person.Aliases.Select(a => a.Name).ToList())
            {
                person.RemoveAlias(alias);
            }

            foreach (var alias in aliases)
            {
                person.AddAlias(alias.Name!);
            }
        }

        if (changes.HasDescription)
        {
            person.Describe(changes.Description);
        }

        await db.SaveChangesAsync(cancellationToken);
        await pages.ReadingChangedAsync(cancellationToken);
        return TaggingResult<Person>.Ok(person);
    }

    public async Task<TaggingResult<Person>> MergePeopleAsync(string fromSlug, string intoSlug, Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.IsAdmin)
        {
            return TaggingResult<Person>.Forbidden("Only an admin may merge people.");
        }

        var from = await db.People.Include(p => p.Aliases).SingleOrDefaultAsync(p => p.Slug == fromSlug, cancellationToken);
        var into = await db.People.Include(p => p.Aliases).SingleOrDefaultAsync(p => p.Slug == intoSlug, cancellationToken);
        if (from is null || into is null)
        {
            return TaggingResult<Person>.NotFound($"No person has the slug '{(from is null ? fromSlug : intoSlug)}'.");
        }

        if (from.Id == into.Id)
        {
            return TaggingResult<Person>.Invalid("into", "A person cannot be merged into themselves.");
        }

        // One transaction: the bulk move of annotations and the tracked changes land together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Annotations.Where(a => a.PersonId == from.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.PersonId, into.Id), cancellationToken);
        foreach (var alias in from.Aliases.Select(a => a.Name).Prepend(from.Name))
        {
            KeepAsAlias(into, alias);
        }

        if (into.Description is null && from.Description is not null)
        {
            into.Describe(from.Description);
        }

        await RedirectAsync(SlugRedirect.PersonKind, from.Slug, into.Slug, cancellationToken);
        db.People.Remove(from);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await pages.ReadingChangedAsync(cancellationToken);
        return TaggingResult<Person>.Ok(into);
    }

    public async Task<TaggingResult<Topic>> EditTopicAsync(string slug, string? name, bool hasDescription, string? description, Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.IsAdmin)
        {
            return TaggingResult<Topic>.Forbidden("Only an admin may edit topics.");
        }

        var topic = await db.Topics.SingleOrDefaultAsync(t => t.Slug == slug, cancellationToken);
        if (topic is null)
        {
            return TaggingResult<Topic>.NotFound($"No topic has the slug '{slug}'.");
        }

        var checkedName = name is null ? null : NameRules.Check(name, NameKind.Topic);
        if (checkedName is { IsValid: false })
        {
            return TaggingResult<Topic>.Invalid("name", checkedName.Error);
        }

        if (hasDescription && DescriptionError(description) is { } tooLong)
        {
            return TaggingResult<Topic>.Invalid("description", tooLong);
        }

        if (checkedName is not null && NameKey.For(checkedName.Name!) != topic.Key)
        {
            var key = NameKey.For(checkedName.Name!);
            if (await db.Topics.AnyAsync(t => t.Key == key && t.Id != topic.Id, cancellationToken))
            {
                return TaggingResult<Topic>.Invalid("name", $"Another topic is already called \"{checkedName.Name}\": merge the two instead.");
            }

            topic.Rename(checkedName.Name!);
        }

        if (hasDescription)
        {
            topic.Describe(description);
        }

        await db.SaveChangesAsync(cancellationToken);
        await pages.ReadingChangedAsync(cancellationToken);
        return TaggingResult<Topic>.Ok(topic);
    }

    public async Task<TaggingResult<Topic>> MergeTopicsAsync(string fromSlug, string intoSlug, Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.IsAdmin)
        {
            return TaggingResult<Topic>.Forbidden("Only an admin may merge topics.");
        }

        var from = await db.Topics.SingleOrDefaultAsync(t => t.Slug == fromSlug, cancellationToken);
        var into = await db.Topics.SingleOrDefaultAsync(t => t.Slug == intoSlug, cancellationToken);
        if (from is null || into is null)
        {
            return TaggingResult<Topic>.NotFound($"No topic has the slug '{(from is null ? fromSlug : intoSlug)}'.");
        }

        if (from.Id == into.Id)
        {
            return TaggingResult<Topic>.Invalid("into", "A topic cannot be merged into itself.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Annotations.Where(a => a.TopicId == from.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.TopicId, into.Id), cancellationToken);
        await RedirectAsync(SlugRedirect.TopicKind, from.Slug, into.Slug, cancellationToken);
        db.Topics.Remove(from);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await pages.ReadingChangedAsync(cancellationToken);
        return TaggingResult<Topic>.Ok(into);
    }

    /// <summary>Where an old slug now points, if anywhere.</summary>
    public Task<string?> RedirectForAsync(string kind, string slug, CancellationToken cancellationToken) =>
        db.SlugRedirects.AsNoTracking().Where(r => r.Kind == kind && r.OldSlug == slug).Select(r => r.NewSlug).SingleOrDefaultAsync(cancellationToken);

    // A name stored before the name rules may now be refused (a zero-width name, say): it is not carried
    // into the aliases, since nobody could type it today, and the rename or merge is how it is dropped.
    private static void KeepAsAlias(Person person, string name)
    {
        if (NameRules.Check(name, NameKind.Alias).IsValid)
        {
            person.AddAlias(name);
        }
    }

    private static string? DescriptionError(string? description) =>
        description?.Length > Person.MaxDescriptionLength ? $"A description has at most {Person.MaxDescriptionLength:N0} characters (this one has {description.Length:N0})." : null;

    // Earlier redirects to the merged slug follow it, so chains never form.
    private async Task RedirectAsync(string kind, string oldSlug, string newSlug, CancellationToken cancellationToken)
    {
        foreach (var earlier in await db.SlugRedirects.Where(r => r.Kind == kind && r.NewSlug == oldSlug).ToListAsync(cancellationToken))
        {
            earlier.PointTo(newSlug);
        }

        db.SlugRedirects.Add(new SlugRedirect(kind, oldSlug, newSlug));
    }
}
