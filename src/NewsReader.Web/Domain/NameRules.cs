using System.Globalization;
using System.Text;
using NewsReader.Suggestions;

namespace NewsReader.Web.Domain;

/// <summary>
/// The one rule for every name a person types: people, aliases, topics and account display names.
/// A name is trimmed, NFC-normalised and its whitespace collapsed; it is refused when it holds control
/// characters, bidirectional embeddings/overrides/isolates, invisible formatting characters, no visible
/// letter or digit, or too many characters; a display name is also refused when it folds to a reserved
/// name ("ADMIN", "Ad\u200Dmin", "ａｄｍｉｎ" all fold to "admin").
/// </summary>
public static class NameRules
{
    public const int MaxNameLength = 200;
    public const int MaxDisplayNameLength = 100;

    // Display names that would pass for the site or its staff next to an annotation, compared folded.
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "admin", "administrator", "root", "system", "sysadmin", "superuser", "newsreader", "moderator", "mod",
        "support", "staff", "official", "security", "owner", "webmaster", "postmaster", "helpdesk",
        "anonymous", "nobody", "deleted", "you",
    };

    public static NameCheck Check(string? name, NameKind kind)
    {
        var label = Label(kind);
        if (string.IsNullOrWhiteSpace(name))
        {
            return NameCheck.Refused($"{label} cannot be empty.");
        }

        // Normalising throws on a half surrogate pair, so look for one first.
        if (BrokenAt(name) is { } position)
        {
            return NameCheck.Refused($"{label} cannot contain a broken character (half of a UTF-16 surrogate pair, at position {position + 1}).");
        }

        var normal = string.Join(' ', name.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var max = kind == NameKind.DisplayName ? MaxDisplayNameLength : MaxNameLength;
        if (normal.Length > max)
        {
            return NameCheck.Refused($"{label} has at most {max} characters (this one has {normal.Length}).");
        }

        foreach (var rune in normal.EnumerateRunes())
        {
            if (Forbidden(rune) is { } what)
            {
                return NameCheck.Refused($"{label} cannot contain {what} (U+{rune.Value:X4}).");
            }
        }

        if (!normal.EnumerateRunes().Any(IsVisibleLetterOrDigit))
        {
            return NameCheck.Refused($"{label} needs at least one visible letter or digit.");
        }

        return kind == NameKind.DisplayName && Reserved.Contains(Folded(normal))
            ? NameCheck.Refused($"{label} cannot be \"{normal}\": that name is kept for the site and its staff. Choose another.")
            : NameCheck.Ok(normal);
    }

    /// <summary>The checked name, or an <see cref="ArgumentException"/>: the guard for domain objects, whose callers check first.</summary>
    public static string Require(string name, NameKind kind, string parameter)
    {
        ArgumentNullException.ThrowIfNull(name, parameter);
        var check = Check(name, kind);
        return check.IsValid ? check.Name : throw new ArgumentException(check.Error, parameter);
    }

    private static string Label(NameKind kind) => kind switch
    {
        NameKind.Person => "A person's name",
        NameKind.Alias => "An alias",
        NameKind.Topic => "A topic's name",
        _ => "A display name",
    };

    private static int? BrokenAt(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return null;
    }

    private static string? Forbidden(Rune rune)
    {
        if (Rune.IsControl(rune))
        {
            return "a control character";
        }

        // Embeddings, overrides and isolates reorder the text around a name wherever it is shown (a name can
        // make "Delete" read backwards).
        if (rune.Value is >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069)
        {
            return "a bidirectional embedding, override or isolate character";
        }

        // Other format characters are invisible (zero-width space, word joiner, byte order mark, tag
        // characters...) and only hide or smuggle text. Kept: the joiners, which Persian and Indic names and
        // emoji need, and the direction marks, which order a mixed-direction name without an embedding's scope.
        return Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format && rune.Value is not (0x200C or 0x200D or 0x200E or 0x200F or 0x061C)
            ? "an invisible formatting character"
            : null;
    }

    // Hangul fillers are letters that draw nothing: a name made of them looks empty.
    private static bool IsVisibleLetterOrDigit(Rune rune) =>
        Rune.IsLetterOrDigit(rune) && rune.Value is not (0x115F or 0x1160 or 0x3164 or 0xFFA0);

    // Compatibility forms (full-width letters) folded, then only letters and digits kept, then case and
    // accents folded: "A.D.M.I.N", "Ádmin" and "ａｄｍｉｎ" all become "admin".
    private static string Folded(string name) =>
        NameKey.For(string.Concat(name.Normalize(NormalizationForm.FormKC).EnumerateRunes().Where(IsVisibleLetterOrDigit).Select(r => r.ToString())));
}
