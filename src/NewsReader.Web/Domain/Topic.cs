using NewsReader.Suggestions;

namespace NewsReader.Web.Domain;

/// <summary>What an article or a quote is about, e.g. "5G" or "Huawei". Names are unique by <see cref="NameKey"/>.</summary>
public sealed class Topic
{
    private Topic()
    {
        Name = Slug = Key = string.Empty;
    }

    public Topic(string name, string slug, DateTimeOffset now)
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

    public string Key { get; private set; }

    public string? Description { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public void Rename(string name)
    {
        Name = NameRules.Require(name, NameKind.Topic, nameof(name));
        Key = NameKey.For(Name);
    }

    public void Describe(string? description)
    {
        if (description?.Length > Person.MaxDescriptionLength)
        {
            throw new ArgumentException($"A description has at most {Person.MaxDescriptionLength:N0} characters.", nameof(description));
        }

        Description = string.IsNullOrWhiteSpace(description) ? null : description;
    }
}
