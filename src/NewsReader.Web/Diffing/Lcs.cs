namespace NewsReader.Web.Diffing;

/// <summary>What one step of an alignment does with the two sequences.</summary>
public enum DiffOp
{
    /// <summary>An item of the older sequence kept in the newer one.</summary>
    Equal = 0,

    /// <summary>An item of the older sequence that the newer one lacks.</summary>
    Deleted = 1,

    /// <summary>An item of the newer sequence that the older one lacks.</summary>
    Inserted = 2,
}

/// <summary>One step: <see cref="OldIndex"/> is -1 for an insertion, <see cref="NewIndex"/> -1 for a deletion.</summary>
public readonly record struct DiffStep(DiffOp Op, int OldIndex, int NewIndex);

/// <summary>
/// Aligns two sequences along their longest common subsequence. A correction usually touches a small part
/// of a text, so the common head and tail are matched first and the table is built only for the middle.
/// A middle larger than <see cref="MaxCells"/> is reported as all removed, then all added: a hostile pair
/// of huge paragraphs costs bounded memory and time, and the page still says what changed, only coarser.
/// </summary>
public static class Lcs
{
    public const long MaxCells = 1_000_000;

    public static List<DiffStep> Align<T>(IReadOnlyList<T> older, IReadOnlyList<T> newer, Func<T, T, bool> same)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        ArgumentNullException.ThrowIfNull(same);
        var head = 0;
        while (head < older.Count && head < newer.Count && same(older[head], newer[head]))
        {
            head++;
        }

        var tail = 0;
        while (tail < older.Count - head && tail < newer.Count - head && same(older[^(tail + 1)], newer[^(tail + 1)]))
        {
            tail++;
        }

        var steps = new List<DiffStep>(Math.Max(older.Count, newer.Count));
        for (var i = 0; i < head; i++)
        {
            steps.Add(new DiffStep(DiffOp.Equal, i, i));
        }

        AlignMiddle(older, newer, same, head, older.Count - tail, newer.Count - tail, steps);
        for (var k = tail; k > 0; k--)
        {
            steps.Add(new DiffStep(DiffOp.Equal, older.Count - k, newer.Count - k));
        }

        return steps;
    }

    private static void AlignMiddle<T>(IReadOnlyList<T> older, IReadOnlyList<T> newer, Func<T, T, bool> same, int start, int oldEnd, int newEnd, List<DiffStep> steps)
    {
        int n = oldEnd - start, m = newEnd - start;
        var (a, b) = (0, 0);
        if ((long)n * m <= MaxCells)
        {
            // lengths[i, j]: the common subsequence's length from old item i and new item j on, so the walk goes forwards.
            var width = m + 1;
            var lengths = new int[(n + 1) * width];
            for (var i = n - 1; i >= 0; i--)
            {
                for (var j = m - 1; j >= 0; j--)
                {
                    lengths[(i * width) + j] = same(older[start + i], newer[start + j])
                        ? lengths[((i + 1) * width) + j + 1] + 1
                        : Math.Max(lengths[((i + 1) * width) + j], lengths[(i * width) + j + 1]);
                }
            }

            while (a < n && b < m)
            {
                if (same(older[start + a], newer[start + b]))
                {
                    steps.Add(new DiffStep(DiffOp.Equal, start + a++, start + b++));
                }
                else if (lengths[((a + 1) * width) + b] >= lengths[(a * width) + b + 1])
                {
                    steps.Add(new DiffStep(DiffOp.Deleted, start + a++, -1));
                }
                else
                {
                    steps.Add(new DiffStep(DiffOp.Inserted, -1, start + b++));
                }
            }
        }

        for (; a < n; a++)
        {
            steps.Add(new DiffStep(DiffOp.Deleted, start + a, -1));
        }

        for (; b < m; b++)
        {
            steps.Add(new DiffStep(DiffOp.Inserted, -1, start + b));
        }
    }
}
