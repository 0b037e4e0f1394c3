namespace NewsReader.Web.Anchoring;

/// <summary>
/// Where an approximate match may start and end: on a word boundary wherever the original span's end
/// was on one (a highlight never shows half a word), never between the halves of a surrogate pair, and
/// never on white space or punctuation the original did not have.
/// </summary>
internal sealed class SpanEnds(SpanToPlace span)
{
    private readonly bool _startOnBoundary = TextUnits.IsWordBoundary(span.Prefix + span.Exact, span.Prefix.Length);
    private readonly bool _endOnBoundary = TextUnits.IsWordBoundary(span.Exact + span.Suffix, span.Exact.Length);
    private readonly bool _startsWithSpace = char.IsWhiteSpace(span.Exact[0]);
    private readonly bool _endsWithSpace = char.IsWhiteSpace(span.Exact[^1]);

    // A quote tagged inside its quotation marks, or a name before its comma, stays so: a curled mark or a
    // comma next to the words is not part of what was tagged, even when taking it in scores a little better.
    private readonly bool _startsWithPunctuation = char.IsPunctuation(span.Exact[0]);
    private readonly bool _endsWithPunctuation = char.IsPunctuation(span.Exact[^1]);

    public bool StartAllowed(string text, int i) =>
        i < text.Length
        && (_startsWithSpace || !char.IsWhiteSpace(text[i]))
        && (_startsWithPunctuation || !char.IsPunctuation(text[i]))
        && (_startOnBoundary ? TextUnits.IsWordBoundary(text, i) : !TextUnits.SplitsPair(text, i));

    public bool EndAllowed(string text, int i) =>
        i > 0
        && (_endsWithSpace || !char.IsWhiteSpace(text[i - 1]))
        && (_endsWithPunctuation || !char.IsPunctuation(text[i - 1]))
        && (_endOnBoundary ? TextUnits.IsWordBoundary(text, i) : !TextUnits.SplitsPair(text, i));
}
