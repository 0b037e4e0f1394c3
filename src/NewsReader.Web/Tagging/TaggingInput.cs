namespace NewsReader.Web.Tagging;

/// <summary>
/// A person or topic named in a request: by slug (must exist) or by name (found, or created). Both together
/// only when the name is the one the slug already has (see <see cref="NameDirectory"/>).
/// <see cref="FromSuggestion"/>: the name is a suggestion's, and a full name may complete a person known only
/// by its surname (never for a name typed by hand).
/// </summary>
public sealed record NameRef(string? Slug, string? Name)
{
    public bool FromSuggestion { get; init; }
}

/// <summary>A new annotation as the API and the tagging forms submit it.</summary>
public sealed record NewAnnotation(int ParagraphId, int Start, int End, string? Exact, string? Kind, NameRef? Person, NameRef? Topic, string? Note);

/// <summary>Fields to change; null means "leave as it is" except where the Has flags say the field was sent.</summary>
public sealed record AnnotationChanges(string? Kind, NameRef? Person, NameRef? Topic, bool HasNote, string? Note);

/// <summary>Who is acting: their user id and whether they are an admin.</summary>
public sealed record Actor(string UserId, bool IsAdmin);

/// <summary>Where to put an annotation again: a span of a paragraph of its article, checked like a new one.</summary>
public sealed record NewPlace(int ParagraphId, int Start, int End, string? Exact);
