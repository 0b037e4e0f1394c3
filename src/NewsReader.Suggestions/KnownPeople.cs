namespace NewsReader.Suggestions;

/// <summary>
/// The catalogue's people indexed by <see cref="NameKey"/> of each name and alias (honorific dropped),
/// and by surname, so linking an extracted person costs a few lookups however many people are known.
/// Build once per run and share across articles: it is read-only after construction.
/// </summary>
public sealed class KnownPeople
{
    private static readonly string[] Honorifics = ["mr ", "mrs ", "ms ", "miss ", "dr ", "prof ", "professor "];

    private readonly Dictionary<string, List<(KnownPerson Person, bool ByName)>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<KnownPerson>> _bySurname = new(StringComparer.Ordinal);

    public KnownPeople(IEnumerable<KnownPerson> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        foreach (var person in people)
        {
            var nameKey = NameKey.For(person.Name);
            Add(nameKey, person, byName: true);
            foreach (var alias in person.Aliases)
            {
                Add(WithoutHonorific(NameKey.For(alias)), person, byName: false);
            }

            var surname = nameKey[(nameKey.LastIndexOf(' ') + 1)..];
            if (!_bySurname.TryGetValue(surname, out var withSurname))
            {
                _bySurname[surname] = withSurname = [];
            }

            withSurname.Add(person);
        }
    }

    public static KnownPeople None { get; } = new([]);

    public bool IsEmpty => _byKey.Count == 0;

    /// <summary>
    /// The known person an extracted person is: a name or mention equal to exactly one known name or alias
    /// (among several, the one whose own name matches); failing that, when every form is a bare surname
    /// ("Mr Pompeo", "Pompeo"), the one known person with that surname. Null rather than a guess.
    /// </summary>
    public string? Find(string name, IEnumerable<PersonMention> mentions)
    {
        if (IsEmpty)
        {
            return null;
        }

        var keys = mentions.Select(m => NameKey.For(m.Text)).Append(NameKey.For(name)).Select(WithoutHonorific).ToHashSet(StringComparer.Ordinal);
        var exact = keys.Where(_byKey.ContainsKey).SelectMany(k => _byKey[k]).ToList();
        var distinct = exact.Select(e => e.Person).Distinct().ToList();
        if (distinct.Count == 1)
        {
            return distinct[0].Slug;
        }

        if (distinct.Count > 1)
        {
            var byName = exact.Where(e => e.ByName).Select(e => e.Person).Distinct().ToList();
            return byName.Count == 1 ? byName[0].Slug : null;
        }

        if (keys.Any(k => k.Contains(' ')))
        {
            return null;
        }

        var bySurname = keys.Where(_bySurname.ContainsKey).SelectMany(k => _bySurname[k]).Distinct().ToList();
        return bySurname.Count == 1 ? bySurname[0].Slug : null;
    }

    private void Add(string key, KnownPerson person, bool byName)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (!_byKey.TryGetValue(key, out var list))
        {
            _byKey[key] = list = [];
        }

        list.Add((person, byName));
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
}
