namespace NewsReader.Web.Pages.Shared;

/// <summary>Short plain-text excerpts for lists.</summary>
public static class Excerpts
{
    /// <summary>The text cut at a word boundary near <paramref name="maxLength"/>, with an ellipsis when cut.</summary>
    public static string? Shorten(string? text, int maxLength)
    {
        if (text is null || text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxLength);
        if (cut < maxLength / 2)
        {
            cut = maxLength;
        }

        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--; // never split a surrogate pair
        }

        return text[..cut].TrimEnd() + "\u2026";
    }
}
