namespace NewsReader.Suggestions;

/// <summary>The gender a role noun implies ("spokeswoman", "his wife"), so "she said" can find its speaker.</summary>
internal static class RoleGender
{
    private static readonly HashSet<string> Male = new(StringComparer.OrdinalIgnoreCase)
    {
        "spokesman", "spokesmen", "chairman", "husband", "widower", "son", "father", "brother", "uncle", "nephew",
        "grandson", "grandfather", "boyfriend", "fiance", "businessman", "man", "king", "prince", "lord", "baron", "sir",
    };

    private static readonly HashSet<string> Female = new(StringComparer.OrdinalIgnoreCase)
    {
        "spokeswoman", "spokeswomen", "chairwoman", "wife", "widow", "daughter", "mother", "sister", "aunt", "niece",
        "granddaughter", "grandmother", "girlfriend", "fiancee", "businesswoman", "woman", "actress", "queen",
        "princess", "lady", "baroness", "dame",
    };

    /// <summary>The gender of a role phrase's last word.</summary>
    public static Gender Of(string role)
    {
        var space = role.LastIndexOf(' ');
        var head = space < 0 ? role : role[(space + 1)..];
        return Male.Contains(head) ? Gender.Male : Female.Contains(head) ? Gender.Female : Gender.Unknown;
    }
}
