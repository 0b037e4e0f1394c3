namespace NewsReader.Suggestions.Evaluation;

/// <summary>
/// Scores suggestions against a gold article. A suggested quote matches a gold quote in the same
/// paragraph when they overlap by at least 80% of the longer one (one-to-one, best overlap first);
/// a speaker is right when the suggested person and the gold person share a name or mention; a
/// suggested person matches a gold person when they share a name or mention. Case is ignored.
/// </summary>
public static class SuggestionScorer
{
    public const double MinimumOverlap = 0.8;

    public static ArticleScore Score(GoldArticle gold, ArticleText article, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(result);
        var errors = new List<string>();
        var goldSpans = GoldSpans(gold, article, errors);
        var matches = MatchQuotes(goldSpans, result.Quotes);
        var quotes = new Counts(matches.Count, result.Quotes.Count - matches.Count, gold.Quotes.Count - matches.Count);
        for (var g = 0; g < gold.Quotes.Count; g++)
        {
            if (goldSpans[g] is not null && !matches.ContainsKey(g))
            {
                var missed = gold.Quotes[g];
                errors.Add($"missed quote  p{missed.Paragraph - 1}: \"{Short(missed.Text)}\" ({missed.SpeakerKind}: {missed.Speaker})");
            }
        }

        foreach (var extra in result.Quotes.Where(q => !matches.ContainsValue(q)))
        {
            errors.Add($"extra quote   p{extra.Paragraph}: \"{Short(extra.Text)}\" ({extra.SpeakerKind}: {extra.SpeakerText})");
        }

        var speakerOutcomes = new List<Outcome>();
        var wrongSpeakers = new HashSet<ExtractedQuote>();
        var (correct, judged) = ScoreSpeakers(gold, result, matches, errors, speakerOutcomes, wrongSpeakers);
        var peopleOutcomes = new List<Outcome>();
        var people = gold.People is null ? null : ScorePeople(gold.People, result.People, errors, peopleOutcomes);
        return new ArticleScore(gold.File, quotes, correct, judged, people, errors)
        {
            QuoteOutcomes = [.. result.Quotes.Select(q => new Outcome(q.Confidence, matches.ContainsValue(q)))],
            SuggestionOutcomes = [.. result.Quotes.Select(q => new Outcome(q.Confidence, matches.ContainsValue(q) && !wrongSpeakers.Contains(q)))],
            SpeakerOutcomes = speakerOutcomes,
            PeopleOutcomes = peopleOutcomes,
        };
    }

    private static List<(int Paragraph, int Start, int End)?> GoldSpans(GoldArticle gold, ArticleText article, List<string> errors)
    {
        var spans = new List<(int, int, int)?>();
        var searchFrom = new Dictionary<(int, string), int>();
        foreach (var quote in gold.Quotes)
        {
            var paragraph = quote.Paragraph - 1;
            var from = searchFrom.GetValueOrDefault((paragraph, quote.Text));
            var at = paragraph >= 0 && paragraph < article.Paragraphs.Count ? article.Paragraphs[paragraph].IndexOf(quote.Text, from, StringComparison.Ordinal) : -1;
            if (at < 0)
            {
                errors.Add($"gold quote not in its paragraph p{paragraph}: \"{Short(quote.Text)}\"");
                spans.Add(null);
                continue;
            }

            searchFrom[(paragraph, quote.Text)] = at + 1;
            spans.Add((paragraph, at, at + quote.Text.Length));
        }

        return spans;
    }

    private static Dictionary<int, ExtractedQuote> MatchQuotes(List<(int Paragraph, int Start, int End)?> gold, IReadOnlyList<ExtractedQuote> suggested)
    {
        var pairs = new List<(double Overlap, int Gold, ExtractedQuote Quote)>();
        for (var g = 0; g < gold.Count; g++)
        {
            if (gold[g] is not { } span)
            {
                continue;
            }

            foreach (var quote in suggested.Where(q => q.Paragraph == span.Paragraph))
            {
                var common = Math.Min(span.End, quote.End) - Math.Max(span.Start, quote.Start);
                var overlap = (double)common / Math.Max(span.End - span.Start, quote.End - quote.Start);
                if (overlap >= MinimumOverlap)
                {
                    pairs.Add((overlap, g, quote));
                }
            }
        }

        var matches = new Dictionary<int, ExtractedQuote>();
        foreach (var (_, g, quote) in pairs.OrderByDescending(p => p.Overlap))
        {
            if (!matches.ContainsKey(g) && !matches.ContainsValue(quote))
            {
                matches[g] = quote;
            }
        }

        return matches;
    }

    private static (int Correct, int Judged) ScoreSpeakers(GoldArticle gold, ExtractionResult result, Dictionary<int, ExtractedQuote> matches, List<string> errors, List<Outcome> outcomes, HashSet<ExtractedQuote> wrong)
    {
        int correct = 0, judged = 0;
        foreach (var (g, quote) in matches.OrderBy(m => m.Key))
        {
            var expected = gold.Quotes[g];
            if (expected.SpeakerKind != "person")
            {
                continue;
            }

            judged++;
            var suggested = result.People.FirstOrDefault(p => p.Name == quote.PersonName);
            var right = suggested is not null && (expected.Surnames is { Count: > 0 } surnames
                ? surnames.Any(surname => HasWord(suggested.Name, surname))
                : Forms(suggested.Name, suggested.MentionTexts).Overlaps(GoldForms(gold, expected)));
            outcomes.Add(new Outcome(quote.Confidence, right));
            if (right)
            {
                correct++;
            }
            else
            {
                wrong.Add(quote);
                errors.Add($"wrong speaker p{quote.Paragraph}: \"{Short(quote.Text)}\" gold {expected.Speaker}, got {quote.SpeakerKind}: {quote.SpeakerText} ({quote.PersonName})");
            }
        }

        return (correct, judged);
    }

    private static HashSet<string> GoldForms(GoldArticle gold, GoldQuote expected) =>
        gold.People?.FirstOrDefault(p => p.Name == expected.Speaker) is { } person ? Forms(person.Name, person.Mentions) : Forms(expected.Speaker ?? "", []);

    /// <summary>Whether <paramref name="name"/> has <paramref name="word"/> as a whole word (case ignored): "Janet L. Yellen" has "Yellen".</summary>
    public static bool HasWord(string name, string word)
    {
        for (var at = name.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = name.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(name[at - 1])) && (end == name.Length || !char.IsLetter(name[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static Counts ScorePeople(IReadOnlyList<GoldPerson> gold, IReadOnlyList<ExtractedPerson> suggested, List<string> errors, List<Outcome> outcomes)
    {
        var used = new HashSet<ExtractedPerson>();
        foreach (var person in gold)
        {
            var forms = Forms(person.Name, person.Mentions);
            var match = suggested.FirstOrDefault(s => !used.Contains(s) && Forms(s.Name, s.MentionTexts).Overlaps(forms));
            if (match is null)
            {
                errors.Add($"missed person {person.Name} [{string.Join(", ", person.Mentions)}]");
            }
            else
            {
                used.Add(match);
            }
        }

        foreach (var extra in suggested.Where(s => !used.Contains(s)))
        {
            errors.Add($"extra person  {extra.Name} [{string.Join(", ", extra.MentionTexts)}]");
        }

        outcomes.AddRange(suggested.Select(s => new Outcome(s.Confidence, used.Contains(s))));

        return new Counts(used.Count, suggested.Count - used.Count, gold.Count - used.Count);
    }

    private static HashSet<string> Forms(string name, IEnumerable<string> mentions) =>
        new(mentions.Append(name), StringComparer.OrdinalIgnoreCase);

    private static string Short(string text) => text.Length <= 70 ? text : text[..67] + "...";
}
