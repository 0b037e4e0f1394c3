using NewsReader.Web.Domain;

namespace NewsReader.Web.Suggestions;

/// <summary>
/// Finds the known person an extracted person is, by <see cref="NameKey"/>: the name or a mention equal
/// to a known name or alias; failing that, a bare surname ("Mr Pompeo") that ends exactly one known name.
/// </summary>
internal static class KnownPersonLinker
{
    private static readonly string[] Honorifics = ["mr ", "mrs ", "ms ", "miss ", "dr ", "prof ", "professor "];

    public static string? Find(string name, IReadOnlyList<PersonMention> mentions, IReadOnlyList<KnownPerson> knownPeople)
    {
        if (knownPeople.Count == 0)
        {
            return null;
        }

        var keys = mentions.Select(m => NameKey.For(m.Text)).Append(NameKey.For(name)).Select(WithoutHonorific).ToHashSet(StringComparer.Ordinal);
        var exact = knownPeople.Where(k => keys.Contains(NameKey.For(k.Name)) || k.Aliases.Any(a => keys.Contains(WithoutHonorific(NameKey.For(a))))).ToList();
        if (exact.Count == 1)
        {
            return exact[0].Slug;
        }

        if (exact.Count > 1)
        {
            // Several match an alias: the one whose own name matches wins, else none (a guess is worse than no link).
            var byName = exact.Where(k => keys.Contains(NameKey.For(k.Name))).ToList();
            return byName.Count == 1 ? byName[0].Slug : null;
        }

        var surnames = keys.Where(k => !k.Contains(' ')).ToHashSet(StringComparer.Ordinal);
        var bySurname = knownPeople.Where(k => surnames.Contains(LastWord(NameKey.For(k.Name)))).ToList();
        return bySurname.Count == 1 && keys.All(k => !k.Contains(' ')) ? bySurname[0].Slug : null;
    }

    private static string WithoutHonorific(string key)
    {
        foreach (var honorific in Honorifics)
        {
            if (key.StartsWith(honorific, StringComparison.Ordinal))
            {
                return key[honorific.Length..];
            }
        }

        return key;
    }

    private static string LastWord(string key) => key[(key.LastIndexOf(' ') + 1)..];
}
