namespace NewsReader.Web.Rendering;

/// <summary>
/// One annotation's range within a paragraph's text, in UTF-16 code units; <see cref="End"/> is exclusive.
/// <see cref="Kind"/> is "quote", "person" or "topic".
/// </summary>
public sealed record HighlightSpan(int AnnotationId, int Start, int End, string Kind);
