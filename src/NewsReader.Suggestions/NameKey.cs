using System.Globalization;
using System.Text;

namespace NewsReader.Suggestions;

/// <summary>
/// The form of a name used to compare names: case and diacritics folded, whitespace collapsed.
/// "  Zoë  SMITH " and "zoe smith" share a key, so they are the same person's name.
/// </summary>
public static class NameKey
{
    public static string For(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = key.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                key.Append(' ');
                pendingSpace = false;
            }

            key.Append(char.ToLowerInvariant(c));
        }

        return key.ToString().Normalize(NormalizationForm.FormC);
    }
}
