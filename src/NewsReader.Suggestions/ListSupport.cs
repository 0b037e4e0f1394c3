namespace NewsReader.Suggestions;

/// <summary>
/// Names listed together are the same kind of thing: in "colleagues Li Wei, Richard Jones, Chen Hao
/// and Alexander Fang" the known given names vouch for their neighbours. Only a list of
/// two- or three-word names joined by commas and "and"/"or", with at least two already known to be
/// people, spreads that support: one person among game titles does not make the titles people.
/// </summary>
internal static class ListSupport
{
    public static void Spread(IReadOnlyList<NameMention> mentions)
    {
        var list = new List<NameMention>();
        for (var i = 0; i < mentions.Count; i++)
        {
            list.Add(mentions[i]);
            var next = i + 1 < mentions.Count ? mentions[i + 1] : null;
            if (next is null || next.Paragraph != mentions[i].Paragraph || !Listed(mentions[i], next))
            {
                Support(list);
                list.Clear();
            }
        }
    }

    private static void Support(List<NameMention> list)
    {
        var eligible = list.Count >= 3 && list.TrueForAll(m => m.Kind == MentionKind.Person && m.Words.Count is 2 or 3);
        if (eligible && list.Count(m => m.Evidence == NameEvidence.Strong || m.HasContextSupport) >= 2)
        {
            list.ForEach(m => m.HasContextSupport = true);
        }
    }

    private static bool Listed(NameMention a, NameMention b)
    {
        var tokens = a.Paragraph.Tokens;
        var gap = tokens[(a.Last + 1)..b.First].Select(t => t.Text).ToList();
        return gap.Count is 1 or 2 && gap.All(w => w is "," or "and" or "or") && !a.Possessive;
    }
}
