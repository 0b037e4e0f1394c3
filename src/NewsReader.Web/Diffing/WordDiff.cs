namespace NewsReader.Web.Diffing;

/// <summary>A run of words that a diff keeps, removes or adds. Pieces are shown with a space between them.</summary>
public sealed record DiffPiece(DiffOp Op, string Text);

/// <summary>
/// Word-level differences between two texts, as a reader wants them: runs of kept words, and each change
/// as the removed words followed by the added ones ("will" then "would"), never interleaved word by word.
/// Whitespace is not compared: a text's line breaks and double spaces are not what a reader looks for.
/// </summary>
public static class WordDiff
{
    public static IReadOnlyList<DiffPiece> Compare(string older, string newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var (a, b) = (Words(older), Words(newer));
        var pieces = new List<DiffPiece>();
        List<string> kept = [], removed = [], added = [];
        foreach (var step in Lcs.Align(a, b, string.Equals))
        {
            if (step.Op == DiffOp.Equal)
            {
                FlushChange(pieces, removed, added);
                kept.Add(a[step.OldIndex]);
                continue;
            }

            Flush(pieces, DiffOp.Equal, kept);
            (step.Op == DiffOp.Deleted ? removed : added).Add(step.Op == DiffOp.Deleted ? a[step.OldIndex] : b[step.NewIndex]);
        }

        Flush(pieces, DiffOp.Equal, kept);
        FlushChange(pieces, removed, added);
        return pieces;
    }

    internal static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static void FlushChange(List<DiffPiece> pieces, List<string> removed, List<string> added)
    {
        Flush(pieces, DiffOp.Deleted, removed);
        Flush(pieces, DiffOp.Inserted, added);
    }

    private static void Flush(List<DiffPiece> pieces, DiffOp op, List<string> words)
    {
        if (words.Count > 0)
        {
            pieces.Add(new DiffPiece(op, string.Join(' ', words)));
            words.Clear();
        }
    }
}
