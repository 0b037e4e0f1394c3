using NewsReader.Suggestions;

namespace NewsReader.Web.Domain;

/// <summary>
/// Someone who is quoted or mentioned: a canonical name, a URL slug and the other names the text
/// uses for them ("Mr Pompeo", "Pompeo"). Names are unique by <see cref="NameKey"/>.
/// </summary>
public sealed class Person
{
    public const int MaxNameLength = NameRules.MaxNameLength;
    public const int MaxDescriptionLength = 10_000;

    private readonly List<PersonAlias> _aliases = [];

    private Person()
    {
        Name = Slug = Key = string.Empty;
    }

    public Person(string name, string slug, DateTimeOffset now)
    {
        Name = Slug = Key = string.Empty;
        Rename(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(slug);
        Slug = slug;
        CreatedAt = now;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public string Slug { get; private set; }

    /// <summary>The folded name (<see cref="NameKey.For"/>), unique across people.</summary>
    public string Key { get; private set; }

    public string? Description { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<PersonAlias> Aliases => _aliases;

    public void Rename(string name)
    {
        Name = NameRules.Require(name, NameKind.Person, nameof(name));
        Key = NameKey.For(Name);
    }

    public void Describe(string? description)
    {
        if (description?.Length > MaxDescriptionLength)
        {
            throw new ArgumentException($"A description has at most {MaxDescriptionLength:N0} characters.", nameof(description));
        }

        Description = string.IsNullOrWhiteSpace(description) ? null : description;
    }

    /// <summary>Adds another name for this person; the canonical name and existing aliases are not repeated.</summary>
    public bool AddAlias(string alias)
    {
        var name = NameRules.Require(alias, NameKind.Alias, nameof(alias));
        var key = NameKey.For(name);
        if (key == Key || _aliases.Any(a => a.Key == key))
        {
            return false;
        }

        _aliases.Add(new PersonAlias(name, key));
        return true;
    }

    public bool RemoveAlias(string alias)
    {
        var key = NameKey.For(alias);
        return _aliases.RemoveAll(a => a.Key == key) > 0;
    }
}

/// <summary>Another name for a person, e.g. "Mr Pompeo" for Mike Pompeo.</summary>
public sealed class PersonAlias
{
    private PersonAlias()
    {
        Name = Key = string.Empty;
    }

    internal PersonAlias(string name, string key)
    {
        Name = name;
        Key = key;
    }

    public int Id { get; private set; }

    public int PersonId { get; private set; }

    public string Name { get; private set; }

    public string Key { get; private set; }
}
