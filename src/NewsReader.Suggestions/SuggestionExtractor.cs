namespace NewsReader.Suggestions;

/// <summary>
/// Suggests the people an article names and the direct quotes in it with their speakers. Pure and
/// rule-based: no model, no I/O; the same text always gives the same suggestions.
/// </summary>
public static class SuggestionExtractor
{
    public static ExtractionResult Extract(ArticleText article, IReadOnlyList<KnownPerson>? knownPeople = null) =>
        Extract(article, knownPeople is null || knownPeople.Count == 0 ? KnownPeople.None : new KnownPeople(knownPeople));

    /// <summary>As above, with the catalogue already indexed (build it once for a run over many articles).</summary>
    public static ExtractionResult Extract(ArticleText article, KnownPeople knownPeople)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(knownPeople);
        var model = ArticleModel.Read(article);
        var people = model.People.Select(p => ToExtracted(p, knownPeople)).ToList();
        var quotes = QuoteAttributor.Attribute(model);
        return new ExtractionResult(people, quotes);
    }

    private static ExtractedPerson ToExtracted(PersonCluster person, KnownPeople knownPeople)
    {
        var mentions = person.Mentions
            .Select(m => new PersonMention(m.Paragraph.Index, m.Start, m.End, m.Text))
            .ToList();
        var strong = person.Mentions.Count(m => m.Evidence == NameEvidence.Strong);
        var confidence = Math.Min(0.98, (strong > 0 ? 0.8 : 0.55) + (0.04 * (person.Mentions.Count - 1)));
        return new ExtractedPerson(person.Name, mentions, knownPeople.Find(person.Name, mentions), confidence);
    }
}
