namespace NewsReader.ReanchorBench;

/// <summary>The corrections a newsroom makes; each edited article gets exactly one, so results attribute per kind.</summary>
internal enum EditKind
{
    TypoInSpan,
    TypoOutsideSpans,
    SentenceInserted,
    ParagraphInserted,
    ParagraphDeleted,
    ParagraphSplit,
    ParagraphsMerged,
    ParagraphMoved,
    QuotesCurled,
    ParagraphRewritten,
}

/// <summary>
/// Each kind as a function of the article and a seeded <see cref="Random"/>: the new paragraphs, built
/// from pieces (see <see cref="EditedParagraph"/>), or null when the article offers no place for it.
/// Edits at a paragraph's level prefer annotated paragraphs, since untouched ones would test nothing.
/// </summary>
internal static class EditKinds
{
    public static List<EditedParagraph>? Apply(EditKind kind, ArticleBefore article, Random random) => kind switch
    {
        EditKind.TypoInSpan => TypoInSpan(article, random),
        EditKind.TypoOutsideSpans => TypoOutsideSpans(article, random),
        EditKind.SentenceInserted => SentenceInserted(article, random),
        EditKind.ParagraphInserted => ParagraphInserted(article, random),
        EditKind.ParagraphDeleted => Deleted(article, random),
        EditKind.ParagraphSplit => Split(article, random),
        EditKind.ParagraphsMerged => Merged(article, random),
        EditKind.ParagraphMoved => Moved(article, random),
        EditKind.QuotesCurled => Quotes.CurlOrStraighten(article),
        EditKind.ParagraphRewritten => Rewritten(article, random),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static List<EditedParagraph> Unchanged(ArticleBefore article) =>
        [.. article.Paragraphs.Select((text, i) => EditedParagraph.Copy(i, text))];

    private static List<EditedParagraph>? TypoInSpan(ArticleBefore article, Random random)
    {
        // A letter strictly inside the span, so the fix changes the tagged text but not where it starts or ends.
        var places = article.Spans.SelectMany(s => Enumerable.Range(s.Start + 1, Math.Max(0, s.End - s.Start - 2))
            .Where(k => char.IsAsciiLetter(article.Paragraphs[s.ParagraphIndex][k])).Select(k => (s.ParagraphIndex, k))).ToList();
        return places.Count == 0 ? null : WithTypo(article, random, places[random.Next(places.Count)]);
    }

    private static List<EditedParagraph>? TypoOutsideSpans(ArticleBefore article, Random random)
    {
        var places = new List<(int Paragraph, int At)>();
        foreach (var i in PreferAnnotated(article))
        {
            var text = article.Paragraphs[i];
            places.AddRange(Enumerable.Range(0, text.Length - 1)
                .Where(k => char.IsAsciiLetter(text[k]) && !Covered(article, i, k) && !Covered(article, i, k + 1)).Select(k => (i, k)));
        }

        return places.Count == 0 ? null : WithTypo(article, random, places[random.Next(places.Count)]);
    }

    /// <summary>The four shapes of a typo fix: a wrong letter, a doubled one, a missing one, two swapped.</summary>
    private static List<EditedParagraph> WithTypo(ArticleBefore article, Random random, (int Paragraph, int At) place)
    {
        var (i, k) = place;
        var text = article.Paragraphs[i];
        var other = OtherLetter(text[k], random);
        (int, int, string) change = random.Next(4) switch
        {
            0 => (k, k + 1, other.ToString()),
            1 => (k, k + 1, string.Empty),
            2 => (k, k, other.ToString()),
            _ when char.IsAsciiLetter(text[k + 1]) && text[k + 1] != text[k] => (k, k + 2, $"{text[k + 1]}{text[k]}"),
            _ => (k, k + 1, other.ToString()),
        };
        return ReplaceOne(article, i, EditedParagraph.Replace(i, text, [change]));
    }

    private static List<EditedParagraph>? SentenceInserted(ArticleBefore article, Random random)
    {
        var i = Pick(PreferAnnotated(article), random);
        var text = article.Paragraphs[i];
        var places = SentenceStarts(text).Where(k => !Inside(article, i, k)).Prepend(0).Append(text.Length).ToList();
        var at = places[random.Next(places.Count)];
        var sentence = Pools.Sentences[random.Next(Pools.Sentences.Length)];
        var with = at == text.Length ? " " + sentence : sentence + " ";
        return ReplaceOne(article, i, EditedParagraph.Replace(i, text, [(at, at, with)]));
    }

    private static List<EditedParagraph>? ParagraphInserted(ArticleBefore article, Random random)
    {
        var text = Pools.Paragraphs[random.Next(Pools.Paragraphs.Length)];
        var edited = Unchanged(article);
        edited.Insert(random.Next(edited.Count + 1), EditedParagraph.Written(text));
        return edited;
    }

    private static List<EditedParagraph>? Deleted(ArticleBefore article, Random random)
    {
        // Only a paragraph whose text is unique: deleting one of two copies leaves "which one" undefined.
        var candidates = PreferAnnotated(article).Where(i => Unique(article, i)).ToList();
        if (article.Paragraphs.Count < 2 || candidates.Count == 0)
        {
            return null;
        }

        var edited = Unchanged(article);
        edited.RemoveAt(Pick(candidates, random));
        return edited;
    }

    private static List<EditedParagraph>? Split(ArticleBefore article, Random random)
    {
        // At a sentence start, dropping the space before it; no span may cover that space.
        var places = PreferAnnotated(article)
            .SelectMany(i => SentenceStarts(article.Paragraphs[i]).Where(k => article.Spans.All(s => s.ParagraphIndex != i || s.End <= k - 1 || s.Start >= k)).Select(k => (i, k)))
            .ToList();
        if (places.Count == 0)
        {
            return null;
        }

        var (p, at) = places[random.Next(places.Count)];
        var text = article.Paragraphs[p];
        var edited = Unchanged(article);
        edited[p] = EditedParagraph.Slice(p, text, 0, at - 1);
        edited.Insert(p + 1, EditedParagraph.Slice(p, text, at, text.Length));
        return edited;
    }

    private static List<EditedParagraph>? Merged(ArticleBefore article, Random random)
    {
        if (article.Paragraphs.Count < 2)
        {
            return null;
        }

        var first = Math.Min(Pick(PreferAnnotated(article), random), article.Paragraphs.Count - 2);
        var edited = Unchanged(article);
        edited[first] = EditedParagraph.Join(" ", edited[first], edited[first + 1]);
        edited.RemoveAt(first + 1);
        return edited;
    }

    private static List<EditedParagraph>? Moved(ArticleBefore article, Random random)
    {
        var candidates = PreferAnnotated(article).Where(i => Unique(article, i)).ToList();
        if (article.Paragraphs.Count < 2 || candidates.Count == 0)
        {
            return null;
        }

        var from = Pick(candidates, random);
        var to = random.Next(article.Paragraphs.Count - 1);
        to += to >= from ? 1 : 0;
        var edited = Unchanged(article);
        var paragraph = edited[from];
        edited.RemoveAt(from);
        edited.Insert(to, paragraph);
        return edited;
    }

    /// <summary>Mostly new words: each word is kept with probability 0.2, else replaced; punctuation and spacing stay.</summary>
    private static List<EditedParagraph>? Rewritten(ArticleBefore article, Random random)
    {
        var i = Pick(PreferAnnotated(article), random);
        var text = article.Paragraphs[i];
        var changes = new List<(int, int, string)>();
        for (var k = 0; k < text.Length;)
        {
            if (!char.IsLetterOrDigit(text[k]))
            {
                k++;
                continue;
            }

            var end = k;
            while (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                end++;
            }

            if (random.NextDouble() >= 0.2)
            {
                var word = Pools.Words[random.Next(Pools.Words.Length)];
                changes.Add((k, end, word == text[k..end] ? word + "s" : word));
            }

            k = end;
        }

        return changes.Count == 0 ? null : ReplaceOne(article, i, EditedParagraph.Replace(i, text, changes));
    }

    private static List<EditedParagraph> ReplaceOne(ArticleBefore article, int index, EditedParagraph paragraph)
    {
        var edited = Unchanged(article);
        edited[index] = paragraph;
        return edited;
    }

    /// <summary>Where a sentence starts after ". " (or after a closing quote), not at the paragraph's start.</summary>
    private static IEnumerable<int> SentenceStarts(string text)
    {
        for (var k = 3; k < text.Length; k++)
        {
            var end = text[k - 2] is '.' or '!' or '?' || (text[k - 2] is '"' or '\'' && text[k - 3] is '.' or '!' or '?');
            if (end && text[k - 1] == ' ' && (char.IsUpper(text[k]) || text[k] == '"'))
            {
                yield return k;
            }
        }
    }

    private static List<int> PreferAnnotated(ArticleBefore article)
    {
        var annotated = article.Spans.Select(s => s.ParagraphIndex).Distinct().Order().ToList();
        return annotated.Count > 0 ? annotated : [.. Enumerable.Range(0, article.Paragraphs.Count)];
    }

    private static bool Unique(ArticleBefore article, int i) => article.Paragraphs.Count(t => t == article.Paragraphs[i]) == 1;

    private static bool Covered(ArticleBefore article, int i, int k) => article.Spans.Any(s => s.ParagraphIndex == i && s.Start <= k && k < s.End);

    private static bool Inside(ArticleBefore article, int i, int k) => article.Spans.Any(s => s.ParagraphIndex == i && s.Start < k && k < s.End);

    private static int Pick(List<int> list, Random random) => list[random.Next(list.Count)];

    private static char OtherLetter(char c, Random random)
    {
        var a = char.IsUpper(c) ? 'A' : 'a';
        return (char)(a + ((c - a + 1 + random.Next(25)) % 26));
    }
}
