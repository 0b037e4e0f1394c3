using NewsReader.Web.Anchoring;

namespace NewsReader.UnitTests.Anchoring;

/// <summary>
/// Seeded random edits of real-looking articles: every placement satisfies the invariant, none is wrong
/// (placed where none of the span's old characters are), and a span whose exact text and context
/// survive in exactly one place is anchored there.
/// </summary>
public sealed class AnchoringPropertyTests
{
    private static readonly string[] Extras = ["caf\u00e9", "na\u00efve", "\U0001F600", "\u4E2D\u56FD\u653F\u5E9C", "won't", "\"quoted\"", "\U0001F1EC\U0001F1E7"];

    [Fact]
    public void Place_RandomEditsOfManyArticles_KeepsTheInvariantAndIsNeverWrong()
    {
        var (placed, wrong, missed) = (0, new List<string>(), new List<string>());
        for (var seed = 0; seed < 400; seed++)
        {
            var random = new Random(seed);
            var article = Enumerable.Range(0, random.Next(2, 9)).Select(_ => Paragraph(random)).ToArray();
            var old = Spans.Old(article);
            var spans = Enumerable.Range(0, 6).Select(i => RandomSpan(random, old, i)).ToList();
            var edited = new EditedText(article);
            for (var e = random.Next(1, 4); e > 0; e--)
            {
                edited.Apply(random, Corpus.Sentence(random));
            }

            var @new = edited.Texts;
            foreach (var (span, p) in spans.Zip(SpanAnchorer.Place(old, @new, spans)))
            {
                Spans.AssertConsistent(@new, p);
                var truth = edited.Truth(span.ParagraphId!.Value - Spans.FirstId, span.Start, span.End);
                placed += p.State == AnchorState.Orphaned ? 0 : 1;
                if (p.State != AnchorState.Orphaned && !IsRight(p, truth))
                {
                    wrong.Add($"seed {seed} key {span.Key}: '{span.Exact}' placed at {p.NewParagraphIndex}:{p.Start} '{p.Exact}' ({p.Rule}, {p.Score:F2}), truth {string.Join(' ', truth)}");
                }

                if (UniqueWithContext(@new, span) is { } only && (p.NewParagraphIndex, p.Start) != only)
                {
                    missed.Add($"seed {seed} key {span.Key}: '{span.Exact}' is only at {only} but {p.State} {p.NewParagraphIndex}:{p.Start}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.True(missed.Count == 0, string.Join("\n", missed));
        Assert.True(placed > 1500, $"only {placed} of 2400 placed: the test would prove little");
    }

    /// <summary>Right if it covers some of the span's surviving characters, or (rules 1-2) names the same text when all of it was deleted.</summary>
    private static bool IsRight(Placement p, List<(int Paragraph, int Start, int End)> truth) =>
        truth.Count > 0
            ? truth.Any(t => t.Paragraph == p.NewParagraphIndex && p.Start < t.End && t.Start < p.End)
            : p.Rule is AnchorRule.ParagraphUnchanged or AnchorRule.ExactWithContext;

    private static (int?, int)? UniqueWithContext(string[] @new, SpanToPlace span)
    {
        var found = new List<(int?, int)>();
        for (var k = 0; k < @new.Length; k++)
        {
            for (var at = @new[k].IndexOf(span.Exact, StringComparison.Ordinal); at >= 0; at = @new[k].IndexOf(span.Exact, at + 1, StringComparison.Ordinal))
            {
                if (@new[k][..at].EndsWith(span.Prefix, StringComparison.Ordinal) && @new[k][(at + span.Exact.Length)..].StartsWith(span.Suffix, StringComparison.Ordinal))
                {
                    found.Add((k, at));
                }
            }
        }

        return found.Count == 1 ? found[0] : null;
    }

    private static string Paragraph(Random random)
    {
        var sentences = Enumerable.Range(0, random.Next(1, 6)).Select(_ => Corpus.Sentence(random)).ToList();
        for (var i = 0; i < sentences.Count; i++)
        {
            if (random.Next(3) == 0)
            {
                sentences[i] = Extras[random.Next(Extras.Length)] + " " + sentences[i];
            }
        }

        return string.Join(" ", sentences);
    }

    /// <summary>A span of 1 to 8 whole words (or, one time in five, cut anywhere that keeps surrogate pairs whole).</summary>
    private static SpanToPlace RandomSpan(Random random, List<OldParagraph> old, int key)
    {
        var paragraph = old[random.Next(old.Count)];
        var words = System.Text.RegularExpressions.Regex.Matches(paragraph.Text, @"\S+").ToList();
        var first = random.Next(words.Count);
        var last = Math.Min(words.Count - 1, first + random.Next(8));
        int start = words[first].Index, end = words[last].Index + words[last].Length;
        if (random.Next(5) == 0 && end - start > 4)
        {
            start += random.Next(2);
            end -= random.Next(2);
            start += char.IsLowSurrogate(paragraph.Text[start]) ? 1 : 0;
            end += end < paragraph.Text.Length && char.IsLowSurrogate(paragraph.Text[end]) ? 1 : 0;
        }

        var (prefix, suffix) = TextUnits.ContextAround(paragraph.Text, start, end);
        return new SpanToPlace(key, paragraph.Id, start, end, paragraph.Text[start..end], prefix, suffix);
    }
}
