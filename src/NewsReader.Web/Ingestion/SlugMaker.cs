using System.Globalization;
using System.Text;

namespace NewsReader.Web.Ingestion;

/// <summary>Makes URL slugs from titles: lower-case ASCII letters and digits joined by hyphens.</summary>
public static class SlugMaker
{
    public const int MaxBaseLength = 70;

    /// <summary>The slug of <paramref name="title"/>, or <paramref name="fallback"/> when no ASCII letter or digit survives (a name in another script).</summary>
    public static string FromTitle(string title, string fallback = "article")
    {
        var folded = title.Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(Math.Min(folded.Length, MaxBaseLength));
        var pendingHyphen = false;
        foreach (var c in folded)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && slug.Length > 0)
                {
                    slug.Append('-');
                }

                pendingHyphen = false;
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (c is not '\'' and not '\u2019')
            {
                // Apostrophes vanish ("UK's" -> "uks"); every other run of symbols becomes one hyphen.
                pendingHyphen = true;
            }

            if (slug.Length >= MaxBaseLength)
            {
                break;
            }
        }

        var result = slug.ToString();
        if (result.Length >= MaxBaseLength)
        {
            var cut = result.LastIndexOf('-');
            result = cut > MaxBaseLength / 2 ? result[..cut] : result[..MaxBaseLength];
        }

        return result.Length == 0 ? fallback : result;
    }

    /// <summary>The n-th candidate for a slug: the base itself, then base-2, base-3, ...</summary>
    public static string Candidate(string baseSlug, int n) => n <= 1 ? baseSlug : $"{baseSlug}-{n}";
}
