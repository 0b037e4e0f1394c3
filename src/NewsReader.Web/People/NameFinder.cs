using System.Globalization;
using System.Text;
using NewsReader.Suggestions;

namespace NewsReader.Web.People;

/// <summary>Where a name was found in a paragraph: UTF-16 offsets, end exclusive.</summary>
public sealed record NameMatch(int Start, int End);

/// <summary>
/// Finds a person's name in a paragraph the way the full-text index matches it: whole words, case and
/// accents folded (<see cref="NameKey"/>), anything that is not a letter or digit between the words. So
/// every paragraph the search finds for "Mr Pompeo" has an occurrence here too ("Mr. Pompeo" included). Pure.
/// </summary>
public static class NameFinder
{
    /// <summary>The earliest occurrence of any of the names (the longest when two start together), or null.</summary>
    public static NameMatch? FindFirst(string text, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words(text);
        NameMatch? best = null;
        foreach (var name in names)
        {
            var wanted = Words(name).Select(w => w.Key).ToArray();
            if (wanted.Length == 0)
            {
                continue;
            }

            var found = FindSequence(words, wanted);
            if (found is not null && (best is null || found.Start < best.Start || (found.Start == best.Start && found.End > best.End)))
            {
                best = found;
            }
        }

        return best;
    }

    private sealed record Word(int Start, int End, string Key);

    private static NameMatch? FindSequence(List<Word> words, string[] wanted)
    {
        for (var i = 0; i + wanted.Length <= words.Count; i++)
        {
            var all = true;
            for (var j = 0; j < wanted.Length && all; j++)
            {
                all = words[i + j].Key == wanted[j];
            }

            if (all)
            {
                return new NameMatch(words[i].Start, words[i + wanted.Length - 1].End);
            }
        }

        return null;
    }

    /// <summary>Runs of letters and digits (with their combining marks), each with its folded key.</summary>
    private static List<Word> Words(string text)
    {
        var words = new List<Word>();
        var start = -1;
        var i = 0;
        while (i < text.Length)
        {
            // An unpaired surrogate decodes as invalid and separates words, so NameKey never sees one.
            var valid = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed) == System.Buffers.OperationStatus.Done;
            var inWord = valid && (Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(new Word(start, i, NameKey.For(text[start..i])));
                start = -1;
            }

            i += Math.Max(1, consumed);
        }

        if (start >= 0)
        {
            words.Add(new Word(start, text.Length, NameKey.For(text[start..])));
        }

        return words;
    }
}
