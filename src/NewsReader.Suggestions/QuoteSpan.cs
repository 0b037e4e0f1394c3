namespace NewsReader.Suggestions;

/// <summary>
/// A run of text between quotation marks in one paragraph. <see cref="Start"/>..<see cref="End"/> is the
/// text inside the marks, trimmed of spaces; <see cref="MarkStart"/> is the opening mark and
/// <see cref="MarkEnd"/> the position just after the closing mark (or the text's end when none closes it).
/// </summary>
internal sealed record QuoteSpan(int MarkStart, int Start, int End, int MarkEnd, bool IsSingle, bool Closed)
{
    public int Length => End - Start;
}
