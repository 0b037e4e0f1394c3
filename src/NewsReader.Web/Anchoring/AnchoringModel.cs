namespace NewsReader.Web.Anchoring;

/// <summary>A paragraph of the article as stored before the source file changed.</summary>
public sealed record OldParagraph(int Id, int Ordinal, string Text);

/// <summary>
/// An annotation or suggestion to place in the new text, as stored: paragraph id, UTF-16 offsets, the
/// exact text and up to 32 characters of context either side. <paramref name="ParagraphId"/> null means
/// it is already an orphan: it is tried again, because its text may have come back.
/// </summary>
/// <param name="Key">The caller's id for the span, echoed in its <see cref="Placement"/>.</param>
public sealed record SpanToPlace(int Key, int? ParagraphId, int Start, int End, string Exact, string Prefix, string Suffix);

public enum AnchorState
{
    /// <summary>The exact text was found: same words, only the offsets or the paragraph may differ.</summary>
    Anchored,

    /// <summary>Found approximately (rule 3): <see cref="Placement.Exact"/> is the text now there, which usually differs.</summary>
    Reanchored,

    /// <summary>Not found with enough confidence: the span keeps its old text and has no paragraph.</summary>
    Orphaned,
}

/// <summary>Which rule placed a span; the rules are tried in this order.</summary>
public enum AnchorRule
{
    ParagraphUnchanged,
    ExactWithContext,
    Approximate,
    SoleInParagraph,
    None,
}

/// <summary>
/// Where a span goes. For Anchored and Reanchored, <c>new[NewParagraphIndex][Start..End] == Exact</c> and
/// Prefix/Suffix are taken from the new text. For Orphaned, NewParagraphIndex is null, the old Exact,
/// Prefix and Suffix are kept and <see cref="Score"/> is the best approximate score found (0 if none).
/// </summary>
public sealed record Placement(
    int Key,
    AnchorState State,
    AnchorRule Rule,
    int? NewParagraphIndex,
    int Start,
    int End,
    string Exact,
    string Prefix,
    string Suffix,
    double Score);
