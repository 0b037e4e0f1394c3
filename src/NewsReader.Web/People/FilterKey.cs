using NewsReader.Suggestions;
using NewsReader.Web.Domain;

namespace NewsReader.Web.People;

/// <summary>What a filter box's text is compared with stored name keys by: folded as <see cref="NameKey"/> folds names. Pure.</summary>
public static class FilterKey
{
    public static string For(string query)
    {
        var cut = query.Length > Person.MaxNameLength ? query[..Person.MaxNameLength] : query;
        try
        {
            return NameKey.For(cut);
        }
        catch (ArgumentException)
        {
            // Normalisation refuses a broken surrogate pair; lower-casing alone still filters sensibly.
            return cut.Trim().ToLowerInvariant();
        }
    }
}
