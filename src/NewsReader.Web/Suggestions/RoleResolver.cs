namespace NewsReader.Web.Suggestions;

/// <summary>
/// Finds who a post refers to ("the prime minister", "our correspondent", "the Lib Dem leader"): the
/// person last introduced with that post; else the person last named before it who holds no other
/// post in the article (a home secretary is not "the Lib Dem leader").
/// </summary>
internal static class RoleResolver
{
    public static PersonCluster? Find(ArticleModel model, Referent role)
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
        if (holders.Count > 0)
        {
            return holders[0].Person;
        }

        // A capitalised office is held by someone the article introduced with it, or by no one it names.
        // A bare post ("the prime minister") is most likely the article's main figure without another post:
        // the one named most so far, the earliest on a tie.
        return role.Office ? null : before
            .Where(p => !p.Person.Roles.Any())
            .OrderByDescending(p => p.Person.Mentions.Count(m => m.Position < position))
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

        return roles.Exists(r => r == head || r.EndsWith(" " + head, StringComparison.Ordinal)) ? 1 : 0;
    }
}
