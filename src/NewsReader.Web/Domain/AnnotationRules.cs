namespace NewsReader.Web.Domain;

/// <summary>
/// The rules an annotation's anchor and fields must meet, checked on the server whatever the client
/// did. Errors are keyed by field name (camelCase, as the API spells them) with a message a person can act on.
/// </summary>
public static class AnnotationRules
{
    public static Dictionary<string, string[]> CheckAnchor(string paragraphText, int paragraphNumber, int start, int end, string? exact, out TextAnchor? anchor)
    {
        anchor = null;
        var errors = new Dictionary<string, string[]>();
        var length = paragraphText.Length;
        if (start < 0 || start > length)
        {
            errors["start"] = [$"start must be between 0 and {length}, the length of paragraph {paragraphNumber}."];
        }

        if (end > length)
        {
            errors["end"] = [$"An annotation lies within one paragraph: end {end} runs past the end of paragraph {paragraphNumber} ({length} characters). Tag each paragraph separately."];
        }
        else if (end <= start)
        {
            errors["end"] = ["end must be greater than start: an annotation cannot be empty."];
        }

        if (string.IsNullOrEmpty(exact))
        {
            errors["exact"] = ["exact, the selected text, is required."];
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        if (char.IsLowSurrogate(paragraphText[start]) || (end < length && char.IsLowSurrogate(paragraphText[end])))
        {
            errors["start"] = ["The span would split a character in two (a surrogate pair)."];
            return errors;
        }

        var actual = paragraphText[start..end];
        if (!string.Equals(actual, exact, StringComparison.Ordinal))
        {
            errors["exact"] = [$"exact does not match the paragraph's text at {start}-{end}, which reads \"{Shorten(actual)}\"."];
            return errors;
        }

        // The context is cut by code units, so never where it would leave half a surrogate pair.
        var before = Math.Max(0, start - Annotation.ContextLength);
        if (before > 0 && char.IsLowSurrogate(paragraphText[before]))
        {
            before++;
        }

        var after = Math.Min(length, end + Annotation.ContextLength);
        if (after < length && char.IsLowSurrogate(paragraphText[after]))
        {
            after--;
        }

        anchor = new TextAnchor(start, end, actual, paragraphText[before..start], paragraphText[end..after]);
        return errors;
    }

    /// <summary>Finds the n-th (1-based) occurrence of <paramref name="exact"/> in the text, for forms that tag by text.</summary>
    public static int FindOccurrence(string paragraphText, string exact, int occurrence)
    {
        var index = -1;
        for (var i = 0; i < Math.Max(1, occurrence); i++)
        {
            index = paragraphText.IndexOf(exact, index + 1, StringComparison.Ordinal);
            if (index < 0)
            {
                return -1;
            }
        }

        return index;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
