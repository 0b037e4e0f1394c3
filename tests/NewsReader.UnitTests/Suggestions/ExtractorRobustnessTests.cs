using System.Text;
using NewsReader.Suggestions;

namespace NewsReader.UnitTests.Suggestions;

/// <summary>
/// The extractor on text no rule was written for: paragraphs put together at random (fixed seeds, so a failure
/// repeats) from the pieces its rules look at — names, titles with full stops, initials, doubled and curly marks,
/// dashes, brackets, transcript labels, nicknames — cut off anywhere. Whatever it suggests must lie inside its
/// paragraph and read as the text there; it must never throw (a name at a paragraph's end once did).
/// </summary>
public sealed class ExtractorRobustnessTests
{
    private static readonly string[] Pieces =
    [
        "Ann", "Moss", "Tom", "Hadley", "Mr.", "Sen.", "Del.", "Rep.", "Dr", "J.", "A.", "II", "Jr.", "(D-Ohio)", "(R-Fla.)",
        "said", "says", "told", "wrote", "asked", "Said", "put", "it", "as", "a", "the", "of", "and", "but", "when", "called",
        "\"", "\u201c", "\u201d", "''", "'", "\u2018", "\u2019", ",", ".", "?", "!", ":", ";", "--", "\u2014", "\u2015", "-", "(", ")",
        "MORROW:", "HADLEY:", "Capitol", "Hill", "Oscar", "Cia", "=", "<tweet", "author=", ">", "Vote", "Blairite", "Miss", "Piggy",
        "he", "she", "they", "We", "will", "hold", "the", "line", "on", "spending", "documentary", "show", "In", "statement",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void RandomParagraphs_GiveSuggestionsInsideTheirText_AndNeverThrow(int seed)
    {
        var random = new Random(seed);
        for (var article = 0; article < 150; article++)
        {
            var paragraphs = Enumerable.Range(0, random.Next(1, 5)).Select(_ => Paragraph(random)).ToList();
            var result = SuggestionExtractor.Extract(new ArticleText("Random article", paragraphs), []);

            foreach (var quote in result.Quotes)
            {
                Assert.InRange(quote.Paragraph, 0, paragraphs.Count - 1);
                Assert.True(quote.Start >= 0 && quote.End <= paragraphs[quote.Paragraph].Length && quote.Start < quote.End, $"quote span {quote.Start}..{quote.End} in \"{paragraphs[quote.Paragraph]}\"");
                Assert.Equal(paragraphs[quote.Paragraph][quote.Start..quote.End], quote.Text);
                Assert.InRange(quote.Confidence, 0, 1);
                Assert.True(quote.PersonName is null || result.People.Any(p => p.Name == quote.PersonName), $"speaker {quote.PersonName} is one of the people suggested");
            }

            foreach (var mention in result.People.SelectMany(p => p.Mentions).Where(m => m.Paragraph >= 0))
            {
                Assert.InRange(mention.Paragraph, 0, paragraphs.Count - 1);
                Assert.Equal(paragraphs[mention.Paragraph][mention.Start..mention.End], mention.Text);
            }
        }
    }

    private static string Paragraph(Random random)
    {
        var text = new StringBuilder();
        var words = random.Next(1, 40);
        for (var i = 0; i < words; i++)
        {
            var piece = Pieces[random.Next(Pieces.Length)];
            var glue = piece.Length == 1 && !char.IsLetter(piece[0]) && random.Next(2) == 0;
            text.Append(glue || text.Length == 0 ? "" : " ").Append(piece);
        }

        var cut = random.Next(text.Length / 2, text.Length + 1);
        return text.ToString(0, Math.Max(1, cut)).Trim() is { Length: > 0 } trimmed ? trimmed : "Ann";
    }
}
