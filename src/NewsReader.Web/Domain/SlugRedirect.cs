namespace NewsReader.Web.Domain;

/// <summary>
/// An old person or topic address that now lives elsewhere, after a merge or rename, so links people
/// saved keep working.
/// </summary>
public sealed class SlugRedirect
{
    private SlugRedirect()
    {
        Kind = OldSlug = NewSlug = string.Empty;
    }

    public SlugRedirect(string kind, string oldSlug, string newSlug)
    {
        Kind = kind;
        OldSlug = oldSlug;
        NewSlug = newSlug;
    }

    public const string PersonKind = "person";
    public const string TopicKind = "topic";

    public int Id { get; private set; }

    /// <summary><see cref="PersonKind"/> or <see cref="TopicKind"/>.</summary>
    public string Kind { get; private set; }

    public string OldSlug { get; private set; }

    public string NewSlug { get; private set; }

    public void PointTo(string newSlug) => NewSlug = newSlug;
}
