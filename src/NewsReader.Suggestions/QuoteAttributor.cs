namespace NewsReader.Suggestions;

/// <summary>
/// Attributes every quotation that <see cref="QuotationFilter"/> keeps. A quotation's own attribution
/// comes first; quotations that run on without a break (<c>"..." "..." she said</c>) share one; a
/// quotation with none (a paragraph that is only a quote) goes to the last speaker before it in its
/// paragraph or the one before; failing all that, its speaker is none.
/// </summary>
internal static class QuoteAttributor
{
    public static List<ExtractedQuote> Attribute(ArticleModel model)
    {
        var history = new SpeechHistory();
        var resolver = new ReferenceResolver(model, history);
        var finder = new AttributionFinder(resolver);
        var quotes = new List<ExtractedQuote>();
        foreach (var paragraph in model.Paragraphs)
        {
            history.Read(paragraph, resolver);
            var kept = Enumerable.Range(0, paragraph.Quotes.Count)
                .Select(q => (Quote: q, Confidence: QuotationFilter.Judge(paragraph, q)))
                .Where(q => q.Confidence is not null)
                .Select(q => (q.Quote, Confidence: q.Confidence!.Value, Speaker: finder.Find(paragraph, q.Quote)))
                .ToList();
            var speakers = ShareWithinRuns(paragraph, kept.Select(k => (k.Quote, k.Speaker)).ToList());
            for (var i = 0; i < kept.Count; i++)
            {
                var position = paragraph.PositionOf(paragraph.TokenAt(paragraph.Quotes[kept[i].Quote].MarkStart));
                // An inherited speaker is recorded undiminished, so a long run of quotes does not fade to nothing.
                var speaker = speakers[i] ?? SubjectBefore(paragraph, kept[i].Quote, history, position) ?? history.LastBefore(position) ?? Speaker.Nobody;
                history.Add(position, speaker);
                var confidence = speakers[i] is null ? 0.75 * kept[i].Confidence : kept[i].Confidence;
                quotes.Add(ToQuote(paragraph, kept[i].Quote, speaker, confidence));
            }
        }

        return quotes;
    }

    /// <summary>
    /// "On Sunday, Sen. Ann Moss, who lost the primaries, named exhaustion as one reason. "The younger people are sick
    /// of it."": a quotation with no attribution, after a sentence of its paragraph whose subject is a person, is that
    /// person's, when nobody has spoken earlier in the paragraph; with less confidence than an attribution.
    /// </summary>
    private static Speaker? SubjectBefore(ParagraphModel paragraph, int quote, SpeechHistory history, long position)
    {
        var open = paragraph.TokenAt(paragraph.Quotes[quote].MarkStart);
        var start = paragraph.SentenceStart(open);
        if (start == 0 || history.LastPersonInParagraph(position) is not null || paragraph.Tokens[open].Sentence == paragraph.Tokens[start - 1].Sentence)
        {
            return null;
        }

        var previous = paragraph.SentenceStart(start - 1);
        var subject = ReferentScanner.Scan(paragraph, previous, start).Find(r => !r.Possessive && !r.AfterPreposition);
        return subject is { Kind: ReferentKind.Person, Person: not null } && start == open
            ? new Speaker(SpeakerKind.Person, subject.Text, subject.Person, 0.7) { Gender = subject.Gender }
            : null;
    }

    /// <summary>Quotations separated only by spaces are one speaker's words: each without a speaker takes its nearest neighbour's.</summary>
    private static List<Speaker?> ShareWithinRuns(ParagraphModel paragraph, List<(int Quote, Speaker? Speaker)> kept)
    {
        var speakers = kept.Select(k => k.Speaker).ToList();
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < kept.Count; i++)
            {
                if (speakers[i] is not null)
                {
                    continue;
                }

                var previous = i > 0 && Adjacent(paragraph, kept[i - 1].Quote, kept[i].Quote) ? speakers[i - 1] : null;
                var next = i + 1 < kept.Count && Adjacent(paragraph, kept[i].Quote, kept[i + 1].Quote) ? speakers[i + 1] : null;
                speakers[i] = previous ?? next;
            }
        }

        return speakers;
    }

    private static bool Adjacent(ParagraphModel paragraph, int first, int second)
    {
        var gapStart = paragraph.Quotes[first].Closed ? paragraph.Quotes[first].MarkEnd : paragraph.Quotes[first].End;
        return second == first + 1 && string.IsNullOrWhiteSpace(paragraph.Text[gapStart..paragraph.Quotes[second].MarkStart]);
    }

    private static ExtractedQuote ToQuote(ParagraphModel paragraph, int quote, Speaker speaker, double confidence)
    {
        var span = paragraph.Quotes[quote];
        var personName = speaker.Kind == SpeakerKind.Person ? speaker.Person?.Name : null;
        var kind = speaker.Kind == SpeakerKind.Person && speaker.Person is null ? SpeakerKind.Unnamed : speaker.Kind;
        return new ExtractedQuote(
            paragraph.Index, span.Start, span.End, paragraph.Text[span.Start..span.End], kind, speaker.Text, personName, Math.Round(Calibration.Quote(confidence * speaker.Confidence), 3));
    }
}
