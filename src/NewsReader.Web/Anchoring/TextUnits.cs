using NewsReader.Web.Domain;

namespace NewsReader.Web.Anchoring;

/// <summary>
/// Character-level rules shared by the matchers: which characters count as "nearly the same", where
/// words begin and end, and how context is cut without splitting a surrogate pair.
/// </summary>
internal static class TextUnits
{
    public const int ContextLength = AnchoredSpan.ContextLength;

    /// <summary>
    /// Folds case, curly quotes and dashes, so an edit that only curls a quote or changes case costs
    /// half a typo: editors routinely "fix" punctuation without changing the words.
    /// </summary>
    public static char Fold(char c) => char.ToLowerInvariant(Typographic(c));

    /// <summary>
    /// Folds only typography: curly quotes, primes and backticks to straight quotes, dashes to a hyphen,
    /// narrow and no-break spaces to a space. Case is kept, because a changed case can change meaning.
    /// </summary>
    public static char Typographic(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u2032' or '`' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u2033' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
        '\u00A0' or '\u2009' or '\u202F' => ' ',
        _ => c,
    };

    /// <summary>The text with <see cref="Typographic"/> applied to every character (the same string when nothing changes).</summary>
    public static string Plain(string text)
    {
        var at = 0;
        while (at < text.Length && Typographic(text[at]) == text[at])
        {
            at++;
        }

        return at == text.Length ? text : string.Create(text.Length, text, static (chars, t) =>
        {
            for (var i = 0; i < t.Length; i++)
            {
                chars[i] = Typographic(t[i]);
            }
        });
    }

    /// <summary>Whether the code unit at <paramref name="i"/> belongs to a word (letters, digits, marks, either half of a pair).</summary>
    public static bool IsWordAt(string text, int i)
    {
        var c = text[i];
        if (char.IsSurrogate(c))
        {
            var high = char.IsHighSurrogate(c) ? i : i - 1;
            return high >= 0 && high + 1 < text.Length && char.IsLetterOrDigit(text, high);
        }

        return char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;
    }

    /// <summary>
    /// Chinese, Japanese and Korean scripts write no spaces: each character is its own "word", so
    /// snapping to word boundaries never swallows a whole sentence.
    /// </summary>
    public static bool IsCjk(char c) =>
        c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF'
            or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>Whether a span may start or end at <paramref name="i"/> without cutting a word in half.</summary>
    public static bool IsWordBoundary(string text, int i)
    {
        if (i <= 0 || i >= text.Length)
        {
            return true;
        }

        if (char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1]))
        {
            return false;
        }

        return !IsWordAt(text, i - 1) || !IsWordAt(text, i) || IsCjk(text[i - 1]) || IsCjk(text[i]);
    }

    /// <summary>Whether <paramref name="i"/> falls between the two halves of a surrogate pair.</summary>
    public static bool SplitsPair(string text, int i) =>
        i > 0 && i < text.Length && char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1]);

    /// <summary>The prefix and suffix for a span, cut exactly as <see cref="AnnotationRules"/> cuts them.</summary>
    public static (string Prefix, string Suffix) ContextAround(string text, int start, int end)
    {
        var before = Math.Max(0, start - ContextLength);
        if (before > 0 && char.IsLowSurrogate(text[before]))
        {
            before++;
        }

        var after = Math.Min(text.Length, end + ContextLength);
        if (after < text.Length && char.IsLowSurrogate(text[after]))
        {
            after--;
        }

        return (text[before..start], text[end..after]);
    }
}
