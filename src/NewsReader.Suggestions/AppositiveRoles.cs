namespace NewsReader.Suggestions;

/// <summary>
/// A post set beside a name with a comma is that person's post: "the Archbishop of Canterbury, Dr
/// Rowan Williams," and "Hiromichi Shirakawa, chief economist at UBS". Recorded so that a later "the
/// Archbishop of Canterbury said" or "the economist said" finds who is meant.
/// </summary>
internal static class AppositiveRoles
{
    public static void Attach(ParagraphModel paragraph, List<NameMention> names)
    {
        var tokens = paragraph.Tokens;
        var referents = ReferentScanner.Scan(paragraph, 0, tokens.Count);
        foreach (var name in names.Where(n => n.Kind == MentionKind.Person))
        {
            var before = name.First >= 2 && tokens[name.First - 1].IsPunct(',') ? referents.Find(r => r.Last == name.First - 2) : null;
            var afterStart = name.Last + 2;
            var after = afterStart < tokens.Count && tokens[name.Last + 1].IsPunct(',') ? referents.Find(r => r.First == afterStart) : null;
            foreach (var post in new[] { before, after })
            {
                if (post is { Kind: ReferentKind.Role or ReferentKind.Unnamed, Plural: false, Head: { } head })
                {
                    name.Roles.Add(head);
                }
            }
        }
    }
}
