using NewsReader.Suggestions;
using NewsReader.Suggestions.Evaluation;

namespace NewsReader.UnitTests.Evaluation;

public sealed class EvaluationTests
{
    [Theory]
    [InlineData("He said: \"We won't go.\"", "He said: \u201CWe won\u2019t go.\u201D")]
    [InlineData("the 'wait and see' approach", "the \u2018wait and see\u2019 approach")]
    [InlineData("\"'Lib Dems, good people,' they say.\"", "\u201C\u2018Lib Dems, good people,\u2019 they say.\u201D")]
    [InlineData("Guy Fawkes' plot", "Guy Fawkes\u2019 plot")]
    public void CurlyQuotes_TurnsStraightMarksByContext_KeepingOffsets(string straight, string curly)
    {
        var converted = CurlyQuotes.Convert(straight);

        Assert.Equal(curly, converted);
        Assert.Equal(straight.Length, converted.Length);
    }

    [Fact]
    public void Score_MatchesQuotesOverlappingByFourFifths_OneToOne()
    {
        var article = new ArticleText("Title", ["Mr Lewis said: \"It is absurd to charge farmers for this.\""]);
        var gold = new GoldArticle("a.txt", "Title", [new GoldPerson("Dan Lewis", ["Mr Lewis"])],
            [new GoldQuote(1, "It is absurd to charge farmers for this.", "Dan Lewis", "person")]);
        var text = article.Paragraphs[0];
        var start = text.IndexOf("It is", StringComparison.Ordinal);
        ExtractedQuote[] quotes =
        [
            new(0, start, start + 36, text[start..(start + 36)], SpeakerKind.Person, "Mr Lewis", "Lewis", 0.9),
            new(0, start, start + 10, text[start..(start + 10)], SpeakerKind.None, null, null, 0.3),
        ];
        ExtractedPerson[] people = [new("Lewis", [new PersonMention(0, 0, 8, "Mr Lewis")], null, 0.9)];

        var score = SuggestionScorer.Score(gold, article, new ExtractionResult(people, quotes));

        Assert.Equal(new Counts(1, 1, 0), score.Quotes);
        Assert.Equal((1, 1), (score.SpeakersCorrect, score.SpeakersJudged));
        Assert.Equal(new Counts(1, 0, 0), score.People);
    }

    [Fact]
    public void Counts_GiveF1_FromPrecisionAndRecall()
    {
        var counts = new Counts(8, 2, 0);

        Assert.Equal(0.8, counts.Precision, 3);
        Assert.Equal(1.0, counts.Recall, 3);
        Assert.Equal(0.889, counts.F1, 3);
    }

    [Fact]
    public void Score_WithPolnearGold_JudgesPersonSourcesBySurname_AndLeavesPeopleUnscored()
    {
        var article = new ArticleText("Title", ["\"We will appeal,\" Secretary of State Jon Husted said. \"It is settled,\" his office added."]);
        var text = article.Paragraphs[0];
        var gold = new GoldArticle("a.txt", "Title", null,
        [
            new GoldQuote(1, "We will appeal,", "Secretary of State Jon Husted", "person", ["Husted"]),
            new GoldQuote(1, "It is settled,", "his office", "other", []),
        ]);
        ExtractedQuote[] quotes =
        [
            new(0, 1, 16, text[1..16], SpeakerKind.Person, "Jon Husted", "Jon Husted", 0.95),
            new(0, text.IndexOf("It is", StringComparison.Ordinal), text.IndexOf("It is", StringComparison.Ordinal) + 14, "It is settled,", SpeakerKind.Person, "Jon Husted", "Jon Husted", 0.6),
        ];
        ExtractedPerson[] people = [new("Jon Husted", [new PersonMention(0, 37, 47, "Jon Husted")], null, 0.9)];

        var score = SuggestionScorer.Score(gold, article, new ExtractionResult(people, quotes));

        Assert.Equal(new Counts(2, 0, 0), score.Quotes);
        Assert.Equal((1, 1), (score.SpeakersCorrect, score.SpeakersJudged)); // the office's quote is not judged
        Assert.Null(score.People);
        Assert.Equal([new Outcome(0.95, true)], score.SpeakerOutcomes);
        Assert.Equal([new Outcome(0.95, true), new Outcome(0.6, true)], score.QuoteOutcomes);
    }

    [Theory]
    [InlineData("Janet L. Yellen", "Yellen", true)]
    [InlineData("Emanuel Cleaver II", "cleaver", true)]
    [InlineData("Tom Sawyers", "Sawyer", false)]
    [InlineData("O'Neill", "Neill", true)]
    public void HasWord_FindsASurnameAsAWholeWord(string name, string surname, bool expected) =>
        Assert.Equal(expected, SuggestionScorer.HasWord(name, surname));

    [Fact]
    public void Reliability_BinsByConfidence_WithTheTopBinClosedAtOne()
    {
        Outcome[] outcomes = [new(0.95, true), new(1.0, true), new(0.9, false), new(0.85, true), new(0.3, false)];

        var bins = Reliability.Of(outcomes);

        Assert.Equal((3, 2), (bins[^1].Count, bins[^1].Right));
        Assert.Equal((1, 1), (bins[^2].Count, bins[^2].Right));
        Assert.Equal((1, 0), (bins[0].Count, bins[0].Right));
        Assert.Null(bins[1].Share);
        Assert.Equal(2.0 / 3, Reliability.ShareAtOrAbove(outcomes, 0.9)!.Value, 6);
        Assert.Null(Reliability.ShareAtOrAbove([new(0.5, true)], 0.9));
    }
}
