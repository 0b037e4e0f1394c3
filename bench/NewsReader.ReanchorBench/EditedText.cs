namespace NewsReader.ReanchorBench;

/// <summary>A stretch of an edited paragraph: copied from old paragraph <see cref="OldIndex"/> at <see cref="OldStart"/>, or new text (index -1).</summary>
internal readonly record struct Piece(int OldIndex, int OldStart, string Text)
{
    public static Piece New(string text) => new(-1, 0, text);
}

/// <summary>
/// One paragraph of an edited article, built from pieces so the bench knows where every old character
/// went: that is what decides, independently of the app, where each annotation ought to land.
/// </summary>
internal sealed class EditedParagraph
{
    private EditedParagraph(List<Piece> pieces)
    {
        Pieces = pieces;
        Text = string.Concat(pieces.Select(p => p.Text));
    }

    public IReadOnlyList<Piece> Pieces { get; }

    public string Text { get; }

    public static EditedParagraph Copy(int index, string text) => new([new Piece(index, 0, text)]);

    public static EditedParagraph Written(string text) => new([Piece.New(text)]);

    public static EditedParagraph Slice(int index, string text, int start, int end) => new([new Piece(index, start, text[start..end])]);

    /// <summary>Old paragraph <paramref name="index"/> with each [Start, End) replaced; changes sorted and disjoint (an empty range inserts).</summary>
    public static EditedParagraph Replace(int index, string text, IEnumerable<(int Start, int End, string With)> changes)
    {
        var pieces = new List<Piece>();
        var at = 0;
        foreach (var (start, end, with) in changes)
        {
            if (start < at || end < start)
            {
                throw new ArgumentException("Changes must be sorted and disjoint.", nameof(changes));
            }

            AddCopy(pieces, index, text, at, start);
            if (with.Length > 0)
            {
                pieces.Add(Piece.New(with));
            }

            at = end;
        }

        AddCopy(pieces, index, text, at, text.Length);
        return new EditedParagraph(pieces);
    }

    /// <summary>Paragraphs joined into one with <paramref name="separator"/> between them (a merge).</summary>
    public static EditedParagraph Join(string separator, params EditedParagraph[] parts)
    {
        var pieces = new List<Piece>();
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                pieces.Add(Piece.New(separator));
            }

            pieces.AddRange(parts[i].Pieces);
        }

        return new EditedParagraph(pieces);
    }

    private static void AddCopy(List<Piece> pieces, int index, string text, int start, int end)
    {
        if (end > start)
        {
            pieces.Add(new Piece(index, start, text[start..end]));
        }
    }
}

/// <summary>What the edit did to a tagged span's characters.</summary>
internal enum FateKind
{
    /// <summary>Copied unchanged and contiguous to [Start, End) of new paragraph Paragraph.</summary>
    Verbatim,

    /// <summary>Some characters survive, in [Start, End) of Paragraph, but the edit changed others.</summary>
    Changed,

    /// <summary>No character survives.</summary>
    Destroyed,
}

/// <summary>Where a span's text went. <see cref="SameContext"/>: verbatim with the 32 characters either side unchanged too.</summary>
internal sealed record Fate(FateKind Kind, int Paragraph, int Start, int End, bool SameContext)
{
    public static Fate Track(IReadOnlyList<EditedParagraph> edited, TaggedSpan span)
    {
        // Per new paragraph: how many of the span's characters landed there and the stretch they cover.
        var survivors = new Dictionary<int, (int Count, int From, int To)>();
        for (var p = 0; p < edited.Count; p++)
        {
            var position = 0;
            foreach (var piece in edited[p].Pieces)
            {
                if (piece.OldIndex == span.ParagraphIndex)
                {
                    var from = Math.Max(span.Start, piece.OldStart);
                    var to = Math.Min(span.End, piece.OldStart + piece.Text.Length);
                    if (from < to)
                    {
                        int newFrom = position + from - piece.OldStart, newTo = position + to - piece.OldStart;
                        if (from == span.Start && to == span.End)
                        {
                            // Every old character is copied at most once, so a whole copy is the only place it can be.
                            var (prefix, suffix) = Context.Around(edited[p].Text, newFrom, newTo);
                            return new Fate(FateKind.Verbatim, p, newFrom, newTo, prefix == span.Prefix && suffix == span.Suffix);
                        }

                        var seen = survivors.TryGetValue(p, out var s) ? s : (Count: 0, From: int.MaxValue, To: int.MinValue);
                        survivors[p] = (seen.Count + to - from, Math.Min(seen.From, newFrom), Math.Max(seen.To, newTo));
                    }
                }

                position += piece.Text.Length;
            }
        }

        if (survivors.Count == 0)
        {
            return new Fate(FateKind.Destroyed, -1, 0, 0, false);
        }

        var (paragraph, (_, start, end)) = survivors.MaxBy(s => s.Value.Count);
        return new Fate(FateKind.Changed, paragraph, start, end, false);
    }

    public static Fate Unedited(TaggedSpan span) => new(FateKind.Verbatim, span.ParagraphIndex, span.Start, span.End, true);
}

/// <summary>The app's context rule (32 UTF-16 units either side, never half a surrogate pair), restated so the bench can compare contexts.</summary>
internal static class Context
{
    private const int Length = NewsReader.Web.Domain.AnchoredSpan.ContextLength;

    public static (string Prefix, string Suffix) Around(string text, int start, int end)
    {
        var before = Math.Max(0, start - Length);
        if (before > 0 && char.IsLowSurrogate(text[before]))
        {
            before++;
        }

        var after = Math.Min(text.Length, end + Length);
        if (after < text.Length && char.IsLowSurrogate(text[after]))
        {
            after--;
        }

        return (text[before..start], text[end..after]);
    }
}
