namespace NewsReader.Suggestions;

/// <summary>An article read for extraction: its paragraphs, every name in it, and the people those names make.</summary>
internal sealed class ArticleModel
{
    private ArticleModel(ParagraphModel title, List<ParagraphModel> paragraphs, List<NameMention> names, List<PersonCluster> people)
    {
        Title = title;
        Paragraphs = paragraphs;
        Names = names;
        People = people;
    }

    public ParagraphModel Title { get; }

    public List<ParagraphModel> Paragraphs { get; }

    /// <summary>Every name found, title first, in reading order.</summary>
    public List<NameMention> Names { get; }

    public List<PersonCluster> People { get; }

    public static ArticleModel Read(ArticleText article)
    {
        var title = ParagraphModel.Read(PersonMention.TitleParagraph, article.Title);
        var paragraphs = article.Paragraphs.Select((text, i) => ParagraphModel.Read(i, text)).ToList();
        var scanned = paragraphs.Prepend(title).Select(p => (Paragraph: p, Found: NameScanner.Scan(p))).ToList();
        TranscriptLabels.Mark(scanned);
        var names = new List<NameMention>();
        foreach (var (paragraph, found) in scanned)
        {
            paragraph.SetNames(found);
            AppositiveRoles.Attach(paragraph, found);
            names.AddRange(found);
        }

        // A word the article names as a body somewhere ("analysts Gartner") does not found a person elsewhere ("the Gartner report").
        var bodies = names.Where(n => n.Kind == MentionKind.Organisation && n.Words.Count == 1).Select(n => n.Core).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var people = new PeopleClusterer([.. names.Where(n => n.Kind == MentionKind.Person || n.CouldBeSurname)], bodies).Cluster();
        return new ArticleModel(title, paragraphs, names, people);
    }
}
