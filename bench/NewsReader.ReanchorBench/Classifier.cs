using NewsReader.Web.Domain;

namespace NewsReader.ReanchorBench;

/// <summary>Counts for one edit kind (or for articles not edited).</summary>
internal sealed class Tally
{
    public int Articles { get; set; }

    public int Annotations { get; set; }

    public int Verbatim { get; set; }

    public int Kept { get; set; }

    public int Moved { get; set; }

    public int Reanchored { get; set; }

    public int Orphaned { get; set; }

    public int Wrong { get; set; }

    /// <summary>Of <see cref="Wrong"/>: on the right words in the right paragraph, but with an end moved (a mark or a sentence swallowed).</summary>
    public int WrongBounds { get; set; }

    public int Missed { get; set; }
}

/// <summary>One annotation the app placed wrongly or lost, with what is needed to reproduce it.</summary>
internal sealed record Case(string Group, string Why, TaggedSpan Span, string OldParagraph, string? ExpectedParagraph, Fate Fate, AnnotationAfter After, string? PlacedParagraph);

/// <summary>
/// Judges every annotation against where the edit script put its text (see <see cref="Fate"/>), never
/// against the app's own report: kept, moved, re-anchored or orphaned as the database says, and WRONG
/// when it sits on text that is not what was tagged, or was lost although its text and context survived.
/// </summary>
internal sealed class Classifier(StateAfter after)
{
    public const string NotEdited = "article not edited";

    private const string BoundsOnly = "wrong (bounds only):";

    public Dictionary<string, Tally> Tallies { get; } = [];

    public List<Case> Cases { get; } = [];

    public List<string> InvariantBreaches { get; } = [];

    /// <summary>Edited articles whose stored text is not the edited text (the ingest refused or changed it).</summary>
    public List<string> NotStoredAsEdited { get; } = [];

    public void Add(ArticleBefore article, ArticleEdit? edit)
    {
        var group = edit?.Kind.ToString() ?? NotEdited;
        var tally = Tallies.TryGetValue(group, out var t) ? t : Tallies[group] = new Tally();
        tally.Articles++;
        var expectedTexts = edit is null ? article.Paragraphs : [.. edit.Paragraphs.Select(p => p.Text)];
        if (!after.ArticleTexts.TryGetValue(article.Id, out var stored) || !stored.SequenceEqual(expectedTexts))
        {
            NotStoredAsEdited.Add($"{article.SourcePath} ({group})");
        }

        foreach (var span in article.Spans)
        {
            var fate = edit is null ? Fate.Unedited(span) : Fate.Track(edit.Paragraphs, span);
            Judge(group, tally, article, span, fate, expectedTexts);
        }
    }

    private void Judge(string group, Tally tally, ArticleBefore article, TaggedSpan span, Fate fate, IReadOnlyList<string> expectedTexts)
    {
        tally.Annotations++;
        tally.Verbatim += fate.Kind == FateKind.Verbatim ? 1 : 0;
        var now = after.Annotations[span.AnnotationId];
        ParagraphAfter? placed = now.ParagraphId is { } id ? after.Paragraphs[id] : null;
        if (placed is null)
        {
            tally.Orphaned++;
        }
        else if (now.State == AnchorState.Reanchored)
        {
            tally.Reanchored++;
        }
        else if (now.ParagraphId == span.ParagraphId && now.Start == span.Start && now.End == span.End && now.Exact == span.Exact)
        {
            tally.Kept++;
        }
        else
        {
            tally.Moved++;
        }

        if (placed is not null && !Holds(placed, now))
        {
            InvariantBreaches.Add($"annotation {now.Id}: paragraph {placed.Id} [{now.Start}..{now.End}) is not \"{now.Exact}\"");
        }

        var why = Verdict(fate, placed, now, article.Id);
        if (why is null)
        {
            return;
        }

        var expected = fate.Paragraph >= 0 ? expectedTexts[fate.Paragraph] : null;
        var found = new Case(group, why, span, article.Paragraphs[span.ParagraphIndex], expected, fate, now, placed?.Text);
        (tally.Wrong, tally.Missed) = Report.IsMissed(found) ? (tally.Wrong, tally.Missed + 1) : (tally.Wrong + 1, tally.Missed);
        tally.WrongBounds += why.StartsWith(BoundsOnly, StringComparison.Ordinal) ? 1 : 0;
        Cases.Add(found);
    }

    /// <summary>Null when the outcome is right; otherwise why not ("missed ..." for text found verbatim but with new context, lost).</summary>
    private static string? Verdict(Fate fate, ParagraphAfter? placed, AnnotationAfter now, int articleId)
    {
        if (placed is not null && placed.ArticleId != articleId)
        {
            return "wrong: placed in another article";
        }

        var at = placed is null ? null : $"placed at paragraph {placed.Ordinal} [{now.Start}..{now.End})";
        return fate.Kind switch
        {
            FateKind.Verbatim when placed is null => fate.SameContext
                ? "wrong: orphaned although its text and context are unchanged"
                : "missed: orphaned although its text is still there verbatim (context changed)",
            FateKind.Verbatim when placed.Ordinal == fate.Paragraph && now.Start < fate.End && fate.Start < now.End && (now.Start != fate.Start || now.End != fate.End) =>
                $"{BoundsOnly} its text is at paragraph {fate.Paragraph} [{fate.Start}..{fate.End}) but it was {at}",
            FateKind.Verbatim when placed.Ordinal != fate.Paragraph || now.Start != fate.Start || now.End != fate.End =>
                $"wrong: its text is at paragraph {fate.Paragraph} [{fate.Start}..{fate.End}) but it was {at}",
            FateKind.Changed when placed is not null && (placed.Ordinal != fate.Paragraph || now.End <= fate.Start || fate.End <= now.Start) =>
                $"wrong: its changed text is at paragraph {fate.Paragraph} [{fate.Start}..{fate.End}) but it was {at}",
            FateKind.Destroyed when placed is not null => $"wrong: its text was removed but it was {at}",
            _ => null,
        };
    }

    private static bool Holds(ParagraphAfter paragraph, AnnotationAfter annotation) =>
        annotation.Start >= 0 && annotation.Start < annotation.End && annotation.End <= paragraph.Text.Length
        && string.CompareOrdinal(paragraph.Text, annotation.Start, annotation.Exact, 0, annotation.End - annotation.Start) == 0
        && annotation.Exact.Length == annotation.End - annotation.Start;
}
