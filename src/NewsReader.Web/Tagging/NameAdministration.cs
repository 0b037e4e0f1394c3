using Microsoft.EntityFrameworkCore;
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

        try
        {
            if (changes.Name is not null && NameKey.For(changes.Name) != person.Key)
            {
                var key = NameKey.For(changes.Name);
                if (await db.People.AnyAsync(p => p.Key == key && p.Id != person.Id, cancellationToken))
                {
                    return TaggingResult<Person>.Invalid("name", $"Another person is already called \"{changes.Name.Trim()}\": merge the two instead.");
                }

                var oldName = person.Name;
                person.Rename(changes.Name);
                person.AddAlias(oldName); // the old name keeps finding them
            }

            if (changes.Aliases is not null)
            {
                foreach (var alias in person.Aliases.Select(a => a.Name).ToList())
                {
                    person.RemoveAlias(alias);
                }

                foreach (var alias in changes.Aliases.Where(a => !string.IsNullOrWhiteSpace(a)))
                {
                    person.AddAlias(alias);
                }
            }

            if (changes.HasDescription)
            {
                person.Describe(changes.Description);
            }
        }
        catch (ArgumentException ex)
        {
            return TaggingResult<Person>.Invalid("person", ex.Message.Split(" (Parameter", 2)[0]);
        }

        await db.SaveChangesAsync(cancellationToken);
        await pages.ArticlesChangedAsync(cancellationToken);
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
            into.AddAlias(alias);
        }

        if (into.Description is null && from.Description is not null)
        {
            into.Describe(from.Description);
        }

        await RedirectAsync(SlugRedirect.PersonKind, from.Slug, into.Slug, cancellationToken);
        db.People.Remove(from);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await pages.ArticlesChangedAsync(cancellationToken);
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

        try
        {
            if (name is not null && NameKey.For(name) != topic.Key)
            {
                var key = NameKey.For(name);
                if (await db.Topics.AnyAsync(t => t.Key == key && t.Id != topic.Id, cancellationToken))
                {
                    return TaggingResult<Topic>.Invalid("name", $"Another topic is already called \"{name.Trim()}\": merge the two instead.");
                }

                topic.Rename(name);
            }

            if (hasDescription)
            {
                topic.Describe(description);
            }
        }
        catch (ArgumentException ex)
        {
            return TaggingResult<Topic>.Invalid("topic", ex.Message.Split(" (Parameter", 2)[0]);
        }

        await db.SaveChangesAsync(cancellationToken);
        await pages.ArticlesChangedAsync(cancellationToken);
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
        await pages.ArticlesChangedAsync(cancellationToken);
        return TaggingResult<Topic>.Ok(into);
    }

    /// <summary>Where an old slug now points, if anywhere.</summary>
    public Task<string?> RedirectForAsync(string kind, string slug, CancellationToken cancellationToken) =>
        db.SlugRedirects.AsNoTracking().Where(r => r.Kind == kind && r.OldSlug == slug).Select(r => r.NewSlug).SingleOrDefaultAsync(cancellationToken);

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
