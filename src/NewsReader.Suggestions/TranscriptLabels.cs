namespace NewsReader.Suggestions;

/// <summary>
/// A transcript quoted line by line (<c>"WALLACE: Let's start ...</c>, <c>PENCE: Well, look, ...</c>) names each
/// line's speaker in capitals before a colon. When at least two paragraphs open so, each label is a person's
/// name, even one the article never writes out ("Chris" is all it says of Wallace); a label that is a role
/// ("MODERATOR:", "Q:") or an ordinary word ("UPDATE:") names no one.
/// </summary>
internal static class TranscriptLabels
{
    private static readonly HashSet<string> RoleLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "question", "answer", "moderator", "audience", "crowd", "unidentified", "male", "female", "announcer", "reporter",
        "reporters", "interviewer", "host", "caller", "voice", "voices", "note", "update", "editor", "correction", "transcript",
        "narrator", "anchor", "panel", "protesters", "participant", "speaker", "unknown", "crosstalk", "applause", "laughter",
    };

    /// <summary>Replaces, in each paragraph's names, what the label was read as with a person named by it.</summary>
    public static void Mark(List<(ParagraphModel Paragraph, List<NameMention> Found)> scanned)
    {
        var labelled = scanned.Select(s => (s.Paragraph, s.Found, Label: LabelAt(s.Paragraph))).Where(s => s.Label >= 0).ToList();
        if (labelled.Count < 2)
        {
            return;
        }

        foreach (var (paragraph, found, label) in labelled.Where(l => NamesSomeone(l.Paragraph.Tokens[l.Label].Text)))
        {
            found.RemoveAll(m => m.First <= label && m.Last >= label);
            var mention = new NameMention(paragraph, label, label, MentionKind.Person)
            {
                Words = [TitleCase(paragraph.Tokens[label].Text)],
                Evidence = NameEvidence.Strong,
                HasContextSupport = true,
                IsTranscriptLabel = true,
            };
            found.Insert(found.FindIndex(m => m.First > label) is var at and >= 0 ? at : found.Count, mention);
        }
    }

    /// <summary>The label's last word when the paragraph opens (after a quotation mark) with one to three words in capitals and a colon ("MODERATOR:" too), else -1.</summary>
    public static int LabelAt(ParagraphModel paragraph)
    {
        var tokens = paragraph.Tokens;
        var first = tokens.Count > 0 && !tokens[0].IsWord && QuoteMarks.IsAnyMark(tokens[0].Text[0]) ? 1 : 0;
        var colon = first;
        while (colon < tokens.Count && colon - first < 3 && tokens[colon].IsWord && IsCapitals(tokens[colon].Text))
        {
            colon++;
        }

        if (colon == first || colon >= tokens.Count || !tokens[colon].IsPunct(':'))
        {
            return -1;
        }

        return colon - 1;
    }

    private static bool NamesSomeone(string word) =>
        !RoleLabels.Contains(word) && !Lexicon.CommonWords.Contains(word) && !Lexicon.RoleNouns.Contains(word) && !Lexicon.TitleWords.Contains(word)
        && !Lexicon.Places.Contains(TitleCase(word)) && !Lexicon.OrganisationNames.Contains(TitleCase(word)) && !Lexicon.UnnamedSourceNouns.Contains(word);

    public static bool IsCapitals(string word) => word.Length >= 2 && word.All(c => char.IsUpper(c) || c is '-' or '\'' or '\u2019');

    /// <summary>"WALLACE" is Wallace, "O'BRIEN" O'Brien, "SMITH-JONES" Smith-Jones.</summary>
    private static string TitleCase(string word)
    {
        var chars = word.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] is '-' or '\'' or '\u2019')
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }
}
