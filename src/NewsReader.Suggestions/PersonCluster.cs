namespace NewsReader.Suggestions;

/// <summary>The mentions of one person within an article, in reading order.</summary>
internal sealed class PersonCluster(int id)
{
    public int Id { get; } = id;

    public List<NameMention> Mentions { get; } = [];

    public Gender Gender => Mentions.Select(m => m.Gender).FirstOrDefault(g => g != Gender.Unknown);

    /// <summary>The fullest mention with a given name and surname, if any.</summary>
    public NameMention? Full => Mentions.Where(m => !m.IsSingleWord).MaxBy(m => (m.Words.Count, m.Text.Length));

    public string? Surname => Full?.Words[^1] ?? Mentions.FirstOrDefault()?.Core;

    public string? GivenName => Full?.Words[0];

    /// <summary>An honorific, a given name, a context that says "person", or a full name whose surname is also used alone.</summary>
    public bool IsSupported => Mentions.Exists(m => m.Evidence == NameEvidence.Strong || m.HasContextSupport)
        || (Full is not null && Mentions.Exists(m => m.IsSingleWord && !m.Paragraph.IsTitle && string.Equals(m.Core, Surname, StringComparison.OrdinalIgnoreCase)));

    public IEnumerable<string> Roles => Mentions.SelectMany(m => m.Roles);

    /// <summary>
    /// The fullest form: given name and surname without Mr/Ms/Dr ("Mike Pompeo"); for someone named
    /// only by a peerage, the peerage ("Lord Nicholls of Birkenhead"); else the bare surname.
    /// </summary>
    public string Name
    {
        get
        {
            if (Full is { } full)
            {
                var keep = full.Honorific is { } h && Lexicon.NameHonorifics.Contains(h);
                var first = full.Honorific is null || keep ? full.First : full.First + 1;
                var paragraph = full.Paragraph;
                while (!paragraph.Tokens[first].IsWord)
                {
                    first++;
                }

                return WithoutNickname(paragraph, paragraph.Tokens[first].Start, full.End);
            }

            var peer = Mentions.Where(m => m.Honorific is { } h && Lexicon.NameHonorifics.Contains(h)).MaxBy(m => m.Text.Length);
            return peer?.Text ?? Mentions[0].Core;
        }
    }

    /// <summary>The name's text without a nickname in quotation marks inside it (Marcia "Cia" Price is Marcia Price).</summary>
    private static string WithoutNickname(ParagraphModel paragraph, int start, int end)
    {
        var nickname = paragraph.Quotes.Find(q => q.MarkStart > start && q.MarkEnd < end);
        if (nickname is null)
        {
            return paragraph.Text[start..end];
        }

        var resume = nickname.MarkEnd;
        while (resume < end && (char.IsWhiteSpace(paragraph.Text[resume]) || QuoteMarks.IsAnyMark(paragraph.Text[resume])))
        {
            resume++;
        }

        return paragraph.Text[start..nickname.MarkStart] + paragraph.Text[resume..end];
    }

    public bool Accepts(Gender gender) => gender == Gender.Unknown || Gender == Gender.Unknown || gender == Gender;

    /// <summary>The ordinal of this cluster's last mention before <paramref name="ordinal"/>, or -1.</summary>
    public int LastBefore(int ordinal, Func<NameMention, int> ordinalOf) =>
        Mentions.Select(ordinalOf).Where(o => o < ordinal).DefaultIfEmpty(-1).Max();
}
