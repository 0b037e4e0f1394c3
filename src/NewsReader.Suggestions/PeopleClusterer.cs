namespace NewsReader.Suggestions;

/// <summary>
/// Groups person mentions into people: "Mike Pompeo", "Mr Pompeo" and "Pompeo" are one person; a
/// surname shared by two people goes to the one mentioned last before it. Single unknown words and
/// unconfirmed runs of unknown words become people only when the article supports them.
/// </summary>
internal sealed class PeopleClusterer(IReadOnlyList<NameMention> mentions, IReadOnlySet<string> bodies)
{
    private readonly List<PersonCluster> _clusters = [];
    private readonly Dictionary<NameMention, int> _ordinal = mentions.Select((m, i) => (m, i)).ToDictionary(p => p.m, p => p.i);

    public List<PersonCluster> Cluster()
    {
        ListSupport.Spread(mentions);
        SurnamesInLexicon();
        var people = mentions.Where(m => m.Kind == MentionKind.Person).ToList();
        foreach (var mention in people.Where(m => !m.IsSingleWord && (m.Evidence == NameEvidence.Strong || !m.Paragraph.IsTitle)))
        {
            Add(_clusters.Find(c => c.Full is { } full && (SameFullName(full, mention) || ParticleSurname(full, mention))) ?? NewCluster(), mention);
        }

        foreach (var mention in people.Where(m => m.IsSingleWord && m.Honorific is not null))
        {
            Add(ByKnightsName(mention) ?? BySurname(mention) ?? SingleNamed(mention.Core) ?? NewCluster(), mention);
        }

        var pending = new List<NameMention>();
        foreach (var mention in people.Where(m => m.IsSingleWord && m.Honorific is null && !BareWords.AfterArticle(m)))
        {
            if ((BySurname(mention) ?? SingleNamed(mention.Core) ?? ByGivenName(mention)) is { } cluster)
            {
                Add(cluster, mention);
            }
            else
            {
                pending.Add(mention);
            }
        }

        AddBareWords(pending);
        return Finish();
    }

    /// <summary>
    /// Bare words no one else explains: the supported ones found people, then the rest join them. A
    /// word only ever seen opening a sentence ("Critics say") is an ordinary word written with a capital,
    /// and one the article elsewhere names as a body is that body.
    /// </summary>
    private void AddBareWords(List<NameMention> pending)
    {
        var midSentence = pending.Where(m => !m.Paragraph.Tokens[m.First].StartsSentence).Select(m => m.Core).ToHashSet(StringComparer.OrdinalIgnoreCase);
        bool Founds(NameMention m) => m.IsTranscriptLabel || ((midSentence.Contains(m.Core) || m.SpeaksAsPerson) && !bodies.Contains(m.Core) && BareWords.NamesPerson(m));
        foreach (var mention in pending.Where(Founds).Concat(pending.Where(m => !Founds(m))))
        {
            if ((SingleNamed(mention.Core) ?? (Founds(mention) ? NewCluster() : null)) is { } cluster)
            {
                Add(cluster, mention);
            }
        }
    }

    /// <summary>"Notts police chief Steve Green ... chief constable Green": a listed word that is a full name's surname names that person.</summary>
    private void SurnamesInLexicon()
    {
        var surnames = mentions.Where(m => m.Kind == MentionKind.Person && !m.IsSingleWord && m.Evidence == NameEvidence.Strong)
            .Select(m => m.Words[^1])
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var mention in mentions.Where(m => m.CouldBeSurname && surnames.Contains(m.Core)))
        {
            mention.Kind = MentionKind.Person;
        }
    }

    private List<PersonCluster> Finish()
    {
        // A name only the headline uses ("Probe launched on Ken Nazi jibe", "Vera Drake leads UK Oscar hopes")
        // is a headline's play on words or a work's title: the body names every person it is about.
        _clusters.RemoveAll(c => !c.IsSupported || c.Mentions.TrueForAll(m => m.Paragraph.IsTitle));
        foreach (var cluster in _clusters)
        {
            cluster.Mentions.Sort((a, b) => _ordinal[a].CompareTo(_ordinal[b]));
            cluster.Mentions.ForEach(m => m.Person = cluster);
        }

        return _clusters;
    }

    /// <summary>Same first and last word ("George Bush", "George W Bush"), or "Mrs Parker Bowles" ending "Camilla Parker Bowles".</summary>
    private static bool SameFullName(NameMention full, NameMention mention)
    {
        if (SameWord(full.Words[0], mention.Words[0]) && SameWord(full.Words[^1], mention.Words[^1]))
        {
            return true;
        }

        var (shorter, longer) = full.Words.Count <= mention.Words.Count ? (full, mention) : (mention, full);
        return shorter.Honorific is not null && longer.Words.Count > shorter.Words.Count
            && shorter.Words.Select((w, i) => SameWord(w, longer.Words[longer.Words.Count - shorter.Words.Count + i])).All(same => same);
    }

    /// <summary>"El Guerrouj" and "De Niro" after "Hicham El Guerrouj" and "Robert De Niro": a surname that opens with a particle.</summary>
    private static bool ParticleSurname(NameMention full, NameMention mention) =>
        mention.Honorific is null && mention.Words.Count == 2 && full.Words.Count == 3 && Lexicon.NameConnectors.Contains(mention.Words[0].ToLowerInvariant())
        && SameWord(full.Words[1], mention.Words[0]) && SameWord(full.Words[2], mention.Words[1]);

    private static bool SameWord(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private PersonCluster NewCluster()
    {
        var cluster = new PersonCluster(_clusters.Count);
        _clusters.Add(cluster);
        return cluster;
    }

    private static void Add(PersonCluster cluster, NameMention mention) => cluster.Mentions.Add(mention);

    /// <summary>The person whose surname this is: the one named last before it, else the first named after it.</summary>
    private PersonCluster? BySurname(NameMention mention)
    {
        var ordinal = _ordinal[mention];
        var candidates = _clusters
            .Where(c => c.Full is not null && SameWord(c.Surname, mention.Core) && c.Accepts(mention.Gender))
            .ToList();
        if (candidates.Count <= 1)
        {
            return candidates.FirstOrDefault();
        }

        var before = candidates.MaxBy(c => c.LastBefore(ordinal, m => _ordinal[m]));
        return before is not null && before.LastBefore(ordinal, m => _ordinal[m]) >= 0 ? before : candidates[0];
    }

    /// <summary>"Sir Alan" is how "Sir Alan Budd" is named again: a knight or dame keeps the title with the given name.</summary>
    private PersonCluster? ByKnightsName(NameMention mention) =>
        mention.Honorific is "Sir" or "Dame"
            ? _clusters.Find(c => c.Full is { Honorific: "Sir" or "Dame" } && SameWord(c.GivenName, mention.Core))
            : null;

    private PersonCluster? SingleNamed(string word) => _clusters.Find(c => c.Full is null && SameWord(c.Surname, word));

    private PersonCluster? ByGivenName(NameMention mention)
    {
        var candidates = _clusters.Where(c => SameWord(c.GivenName, mention.Core)).Take(2).ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }
}
