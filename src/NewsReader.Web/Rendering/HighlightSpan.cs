namespace NewsReader.Web.Rendering;

/// <summary>
/// One annotation's range within a paragraph's text, in UTF-16 code units; <see cref="End"/> is exclusive.
/// <see cref="Kind"/> is "quote", "person" or "topic". A <see cref="Suggested"/> span is a pending
/// suggestion (its id a suggestion's), drawn apart from annotations and never counted as one.
/// </summary>
public sealed record HighlightSpan(int AnnotationId, int Start, int End, string Kind, bool Suggested = false)
{
    // Annotation and suggestion ids are separate sequences; the renderer's anchored set keeps them apart.
    internal int AnchorKey => Suggested ? ~AnnotationId : AnnotationId;
}
