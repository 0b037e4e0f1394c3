namespace NewsReader.Web.Diffing;

/// <summary>What became of a paragraph between two texts.</summary>
public enum ParagraphChange
{
    Unchanged = 0,
    Changed = 1,
    Added = 2,
    Removed = 3,
}

/// <summary>One paragraph of a comparison, as word-level pieces (a single piece when unchanged, added or removed).</summary>
public sealed record DiffedParagraph(ParagraphChange Change, IReadOnlyList<DiffPiece> Pieces);

/// <summary>
/// Compares two texts paragraph by paragraph. Identical paragraphs are aligned first; within each run of
/// differing ones, a removed and an added paragraph that share at least half their words are taken for
/// the same paragraph edited and compared word by word, and the rest are shown as removed or added whole.
/// Pairing by shared words rather than by position keeps a new paragraph inserted before an edited one
/// from being compared with it.
/// </summary>
public static class ParagraphDiff
{
    /// <summary>The share of words two paragraphs must have in common to count as one paragraph edited.</summary>
    public const double SameParagraphOverlap = 0.5;

    public static IReadOnlyList<DiffedParagraph> Compare(IReadOnlyList<string> older, IReadOnlyList<string> newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        // Compared by their words (whitespace aside), each paragraph split once rather than once per comparison.
        var oldKeys = older.Select(p => string.Join(' ', WordDiff.Words(p))).ToList();
        var newKeys = newer.Select(p => string.Join(' ', WordDiff.Words(p))).ToList();
        var result = new List<DiffedParagraph>();
        List<string> removed = [], added = [];
        foreach (var step in Lcs.Align(oldKeys, newKeys, string.Equals))
        {
            if (step.Op != DiffOp.Equal)
            {
                (step.Op == DiffOp.Deleted ? removed : added).Add(step.Op == DiffOp.Deleted ? older[step.OldIndex] : newer[step.NewIndex]);
                continue;
            }

            PairUp(result, removed, added);
            result.Add(new DiffedParagraph(ParagraphChange.Unchanged, [new DiffPiece(DiffOp.Equal, newer[step.NewIndex])]));
        }

        PairUp(result, removed, added);
        return result;
    }

    private static void PairUp(List<DiffedParagraph> result, List<string> removed, List<string> added)
    {
        var removedWords = removed.Select(WordSet).ToList();
        var addedWords = added.Select(WordSet).ToList();
        foreach (var step in Lcs.Align(removedWords, addedWords, Similar))
        {
            result.Add(step.Op switch
            {
                DiffOp.Equal => new DiffedParagraph(ParagraphChange.Changed, WordDiff.Compare(removed[step.OldIndex], added[step.NewIndex])),
                DiffOp.Deleted => new DiffedParagraph(ParagraphChange.Removed, [new DiffPiece(DiffOp.Deleted, removed[step.OldIndex])]),
                _ => new DiffedParagraph(ParagraphChange.Added, [new DiffPiece(DiffOp.Inserted, added[step.NewIndex])]),
            });
        }

        removed.Clear();
        added.Clear();
    }

    private static HashSet<string> WordSet(string text) => WordDiff.Words(text).ToHashSet(StringComparer.Ordinal);

    private static bool Similar(HashSet<string> older, HashSet<string> newer)
    {
        var larger = Math.Max(older.Count, newer.Count);
        return larger > 0 && older.Count(newer.Contains) >= SameParagraphOverlap * larger;
    }
}
