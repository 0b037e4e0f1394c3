namespace NewsReader.Suggestions;

/// <summary>
/// Finds who a post refers to ("the prime minister", "our correspondent", "the Lib Dem leader"): the
/// person last introduced with that post; else the person last named before it who holds no other
/// post in the article (a home secretary is not "the Lib Dem leader").
/// </summary>
internal static class RoleResolver
{
    /// <summary>Heads of offices: a person holds one only if the article says so, so no nearby name stands in for it.</summary>
    private static readonly HashSet<string> OfficeHeads = new(StringComparer.Ordinal)
    {
        "minister", "secretary", "chancellor", "president", "vice-president", "premier", "leader", "mayor", "governor", "senator",
        "ambassador", "envoy", "pope", "archbishop", "bishop", "cardinal", "judge", "commissioner", "speaker", "mp", "mep", "peer",
        "whip", "lord", "baroness", "correspondent", "editor", "reporter",
    };

    public static PersonCluster? Find(ArticleModel model, Referent role, SpeechHistory history)
    {
        var position = role.Paragraph.PositionOf(role.First);
        var head = role.Head ?? "";
        var words = role.Text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var phrase = words.Length >= 2 ? string.Join(' ', words[^2..]) : head;
        var before = model.People
            .Select(p => (Person: p, Last: p.Mentions.Where(m => m.Position < position).Select(m => m.Position).DefaultIfEmpty(-1).Max()))
            .Where(p => p.Last >= 0)
            .ToList();
        var holders = before
            .Select(p => (p.Person, p.Last, Score: Score(p.Person, head, phrase)))
            .Where(p => p.Score > 0)
            .OrderByDescending(p => p.Score)
            .ThenByDescending(p => p.Last)
            .ToList();
        if (holders.Count > 0 && holders[0].Score == 2)
        {
            return holders[0].Person;
        }

        // "said the Warriors chief", "said the 48-year-old actor": a description, not an office, most likely
        // means whoever has just spoken in the paragraph.
        var described = !role.Office && !OfficeHeads.Contains(head);
        if (described && history.LastPersonInParagraph(position) is { } speaker && speaker.Accepts(role.Gender))
        {
            return speaker;
        }

        if (holders.Count > 0)
        {
            return holders[0].Person;
        }

        // A capitalised office is held by someone the article introduced with it, or by no one it names.
        // A bare post ("the prime minister") is most likely the article's main figure without another post:
        // the one named most so far, the earliest on a tie. A description ("the Portugal star", "the giant
        // winger") may, failing that, fit someone introduced with another one ("Manchester United winger Cristiano Ronaldo").
        return role.Office ? null : before
            .Where(p => described ? p.Person.Accepts(role.Gender) : !p.Person.Roles.Any())
            .OrderBy(p => p.Person.Roles.Any())
            .ThenByDescending(p => p.Person.Mentions.Count(m => m.Position < position))
            .ThenBy(p => p.Person.Mentions.Min(m => m.Position))
            .Select(p => p.Person)
            .FirstOrDefault();
    }

    private static int Score(PersonCluster person, string head, string phrase)
    {
        var roles = person.Roles.ToList();
        if (roles.Exists(r => r.EndsWith(phrase, StringComparison.Ordinal)))
        {
            return 2;
        }

        return roles.Exists(r => r == head || (r.EndsWith(" " + head, StringComparison.Ordinal) && !Qualified(r, head, phrase))) ? 1 : 0;
    }

    /// <summary>"deputy mayor" holds another post than "the mayor": a qualifier the phrase lacks changes the post.</summary>
    private static bool Qualified(string role, string head, string phrase)
    {
        var words = role[..^head.Length].TrimEnd().Split(' ');
        return words[^1] is "deputy" or "vice" or "assistant" or "shadow" or "former" or "ex" or "acting" or "junior" or "under"
            && !phrase.Contains(words[^1], StringComparison.Ordinal);
    }
}
