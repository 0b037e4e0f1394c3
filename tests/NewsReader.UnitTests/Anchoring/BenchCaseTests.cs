using NewsReader.Web.Anchoring;

namespace NewsReader.UnitTests.Anchoring;

/// <summary>
/// Minimal repros of the cases the re-anchoring bench (bench/NewsReader.ReanchorBench) judged wrong or
/// missed: text that survived verbatim must come back on exactly its old words.
/// </summary>
public sealed class BenchCaseTests
{
    [Fact]
    public void Place_SentenceInsertedBeforeAnOpeningQuoteMark_KeepsTheQuoteOnItsOwnWords()
    {
        const string Before = "The price will be agreed over the weekend, bankers said. \"We believe that over the next two years, the domestic aviation sector promises strong growth, even though fuel prices could be high and competition is fierce,\" said Hiten Mehta, a banker.";
        const string Inner = "We believe that over the next two years, the domestic aviation sector promises strong growth, even though fuel prices could be high and competition is fierce";
        var old = Spans.Old(Before);
        string[] @new = [Before.Replace("\"We", "Analysts had expected a smaller change. \"We", StringComparison.Ordinal)];
        var span = Spans.On(old, 0, Inner);
        Assert.Equal((58, 215), (span.Start, span.End));

        var p = Spans.PlaceOne(old, @new, span);

        // Swallowing the new sentence gains the stored prefix but not the words: the verbatim quote wins.
        Assert.Equal((0, 98, 255, Inner), (p.NewParagraphIndex, p.Start, p.End, p.Exact));
        Spans.AssertConsistent(@new, p);
    }

    [Fact]
    public void Place_QuotationMarksAroundTheSpanCurled_KeepsTheSpanOffTheMarks()
    {
        const string Before = "Moyes added: \"My comments on Saturday came immediately after the final whistle and at a point when I had seen one quick re-run.\"";
        var old = Spans.Old(Before);
        string[] @new = [Before.Replace(": \"", ": \u201c", StringComparison.Ordinal).Replace(".\"", ".\u201d", StringComparison.Ordinal)];
        var span = Spans.On(old, 0, "My comments on Saturday came immediately after the final whistle and at a point when I had seen one quick re-run.");
        Assert.Equal((14, 127), (span.Start, span.End));

        var p = Spans.PlaceOne(old, @new, span);

        // Context that differs only in quote style is the same context: the words did not move.
        Assert.Equal((AnchorState.Anchored, 0, 14, 127, span.Exact), (p.State, p.NewParagraphIndex, p.Start, p.End, p.Exact));
        Spans.AssertConsistent(@new, p);
    }

    [Fact]
    public void Place_QuotationMarkAtParagraphStartCurledAndAWordEdited_DoesNotTakeInTheMark()
    {
        const string Before = "\"Through the generosity of so many people we have been able to keep going, and we are looking forward,\" Mr Carter said.";
        var old = Spans.Old(Before);
        var span = Spans.On(old, 0, Before[1..Before.IndexOf(',', 90)]);

        // The opening mark curled and the suffix edited, so rule 2 cannot apply and the approximate search decides.
        string[] @new = ["\u201c" + Before[1..].Replace("Mr Carter", "Mr Carterr", StringComparison.Ordinal)];
        var p = Spans.PlaceOne(old, @new, span);

        Assert.Equal((0, 1, span.End, span.Exact), (p.NewParagraphIndex, p.Start, p.End, p.Exact));
        Spans.AssertConsistent(@new, p);
    }

    [Fact]
    public void Place_QuotationMarkAtParagraphEndCurledAndAWordEdited_DoesNotTakeInTheMark()
    {
        const string Before = "Moyes added: \"My comments on Saturday came immediately after the final whistle and at a point when I had seen one quick re-run.\"";
        var old = Spans.Old(Before);
        var span = Spans.On(old, 0, "My comments on Saturday came immediately after the final whistle and at a point when I had seen one quick re-run.");
        string[] @new = [Before.Replace("Moyes added: \"", "Moyes said: \"", StringComparison.Ordinal).Replace(".\"", ".\u201d", StringComparison.Ordinal)];

        var p = Spans.PlaceOne(old, @new, span);

        Assert.Equal((0, 13, 126, span.Exact), (p.NewParagraphIndex, p.Start, p.End, p.Exact));
        Spans.AssertConsistent(@new, p);
    }

    [Fact]
    public void Context_DifferingOnlyInQuoteStyleDashOrSpace_IsAFullMatch()
    {
        Assert.Equal(MatchScore.Context("\"", "\"", isPrefix: false), MatchScore.Context("\"", "\u201d", isPrefix: false));
        Assert.Equal(1, MatchScore.Context("it's a long-term \"plan\" for the country", "it\u2019s a long\u2013term \u201cplan\u201d for\u00a0the country", isPrefix: true));
    }

    [Fact]
    public void Place_ThirdMentionOfANameWithItsSuffixEdited_IsFound()
    {
        const string Before = "Smith spoke first. Later Smith left the hall. At noon the council said Smith won the vote, officials told reporters on Monday.";
        var old = Spans.Old(Before);
        string[] @new = [Before.Replace("officials", "oficials", StringComparison.Ordinal)];
        var span = Spans.On(old, 0, "Smith", occurrence: 3);
        Assert.Equal((71, 76), (span.Start, span.End));

        var p = Spans.PlaceOne(old, @new, span);

        Assert.Equal((0, 71, "Smith"), (p.NewParagraphIndex, p.Start, p.Exact));
        Spans.AssertConsistent(@new, p);
    }

    [Fact]
    public void Place_FifthMentionOfANameWithItsSuffixEdited_IsFound()
    {
        const string Before = "Smith opened the meeting. Jones thanked Smith for coming. The mayor asked Smith about the budget. Reporters followed Smith outside. Later that day Smith met the unions, aides said. By evening Smith had left the city.";
        var old = Spans.Old(Before);
        string[] @new = [Before.Replace("met the unions", "met with the unions", StringComparison.Ordinal)];
        var span = Spans.On(old, 0, "Smith", occurrence: 5);

        var p = Spans.PlaceOne(old, @new, span);

        Assert.Equal((0, span.Start, "Smith"), (p.NewParagraphIndex, p.Start, p.Exact));
    }

    [Fact]
    public void Place_NameThatSurvivedAParagraphRewrite_IsFoundWhenItIsTheOnlyMention()
    {
        const string Before = "Mr Panke praised the Honda Accura as the best execution yet of a crossover vehicle, he said.";
        const string After = "Mr Panke by local costs that costs report report execution report income its said said, he said.";
        var old = Spans.Old(Before);
        var span = Spans.On(old, 0, "Mr Panke");

        var p = Spans.PlaceOne(old, [After], span);

        Assert.Equal((AnchorState.Anchored, AnchorRule.SoleInParagraph, 0, 0, 8), (p.State, p.Rule, p.NewParagraphIndex, p.Start, p.End));
        Spans.AssertConsistent([After], p);
    }

    [Fact]
    public void Place_NameMentionedTwiceBeforeARewrite_TheNearestMentionTakesTheOneLeft_TheOtherStaysAnOrphan()
    {
        const string Before = "Mr Khatami spoke first, and later the budget of Mr Khatami was passed by parliament.";
        const string After = "Groups talks report Mr Khatami local costs sharply fell income over agreed plans while.";
        var old = Spans.Old(Before);
        var first = Spans.On(old, 0, "Mr Khatami", occurrence: 1, key: 1);
        var second = Spans.On(old, 0, "Mr Khatami", occurrence: 2, key: 2);

        var placed = SpanAnchorer.Place(old, [After], [first, second]);

        Assert.Equal((AnchorState.Anchored, 20), (placed[0].State, placed[0].Start));
        Assert.Equal(AnchorState.Orphaned, placed[1].State);
    }

    [Fact]
    public void Place_NameMentionedThreeTimes_ARewriteKeepingAllThree_PairsThemInOrder()
    {
        // The bench's case: the survivors' relative places sit too close to tell apart by distance, but a
        // rewrite that kept every mention kept their order.
        const string Before = "But it was stressed to BBC Sport that Juninho would prefer to stay. Juninho wants assurances about plans. Hassel says Juninho, who has a new home, would like to stay.";
        const string After = "Report it was costs council on said its and Juninho would new after. Juninho wants costs would new and agreed. Hassel months Juninho, of while agreed fell over new after, plans.";
        var old = Spans.Old(Before);
        var spans = Enumerable.Range(1, 3).Select(k => Spans.On(old, 0, "Juninho", occurrence: k, key: k)).ToList();

        var placed = SpanAnchorer.Place(old, [After], spans);

        var expected = new[] { After.IndexOf("Juninho would", StringComparison.Ordinal), After.IndexOf("Juninho wants", StringComparison.Ordinal), After.IndexOf("Juninho,", StringComparison.Ordinal) };
        Assert.All(placed, p => Assert.Equal(AnchorState.Anchored, p.State));
        Assert.Equal(expected, placed.OrderBy(p => p.Key).Select(p => p.Start));
        Assert.All(placed, p => Spans.AssertConsistent([After], p));
    }

    [Fact]
    public void Place_CapitalisedWordStartingASentence_StaysAnOrphan_ForACapitalThereSaysNothing()
    {
        const string Before = "Shares rose sharply. Share prices in the sector were up again on Monday.";
        const string After = "Costs fell while groups agreed. Share local report income plans fell.";
        var old = Spans.Old(Before);

        Assert.Equal(AnchorState.Orphaned, Spans.PlaceOne(old, [After], Spans.On(old, 0, "Share", occurrence: 2)).State);
    }

    [Fact]
    public void Place_CommonWordThatSurvivedARewrite_StaysAnOrphan()
    {
        const string Before = "The vote was held on Monday and the minister passed the motion easily after debate.";
        const string After = "Costs fell sharply while groups agreed the local minister report on income plans.";
        var old = Spans.Old(Before);
        var span = Spans.On(old, 0, "minister");

        Assert.Equal(AnchorState.Orphaned, Spans.PlaceOne(old, [After], span).State);
    }

    [Fact]
    public void Place_NameInADeletedParagraph_StaysAnOrphan_ThoughTheNextParagraphNamesThemToo()
    {
        const string Deleted = "The plan forms part of the bill. Mr Howard told the Sunday Times the party would cut advisers.";
        const string Next = "The changes would take place within five years of an election, Mr Howard told the paper.";
        var old = Spans.Old(Deleted, Next);
        var span = Spans.On(old, 0, "Mr Howard");

        Assert.Equal(AnchorState.Orphaned, Spans.PlaceOne(old, [Next], span).State);
    }

    [Fact]
    public void Place_OneOfTwoIdenticalListLinesRewritten_ItsSpanDoesNotJumpToTheOther()
    {
        const string Line = "- Angie Errigo, Empire: Film - The Aviator; actor - Jamie Foxx; actress - Hilary Swank.";
        const string Rewritten = "- over Errigo, its: Film - had risen; of - by groups; actor - over members; plans - on risen.";
        var old = Spans.Old("Critics chose:", Line, "And again:", Line);
        var span = Spans.On(old, 1, "Angie Errigo");

        var p = Spans.PlaceOne(old, ["Critics chose:", Rewritten, "And again:", Line], span);

        Assert.Equal(AnchorState.Orphaned, p.State);
    }

    [Fact]
    public void Place_SameWordsInTheSameContextOnTwoLines_OneRewritten_TheSpanDoesNotTakeTheOthers()
    {
        const string First = "- Tim Dams, Screen: Film - The Aviator; actor - Jamie Foxx; actress - Hilary Swank.";
        const string Second = "- Angie Errigo, Empire: Film - Ray; actor - Jamie Foxx; actress - Hilary Swank.";
        const string Rewritten = "- over Errigo, its: Film - had risen; of - by groups; plans - on risen.";
        var old = Spans.Old(First, Second);
        var span = Spans.On(old, 1, "Jamie Foxx");

        var p = Spans.PlaceOne(old, [First, Rewritten], span);

        Assert.Equal(AnchorState.Orphaned, p.State);
    }

    [Fact]
    public void Place_NameStartingARewrittenParagraph_IsFound_WhenTheArticleWritesItAsANameElsewhere()
    {
        const string Intro = "England's captain is fit, said Vickery on Monday.";
        const string Before = "Vickery has played in every game this season and expects to start again.";
        const string After = "Vickery costs risen local groups agreed while plans fell sharply over year.";
        var old = Spans.Old(Intro, Before);

        var p = Spans.PlaceOne(old, [Intro, After], Spans.On(old, 1, "Vickery"));

        Assert.Equal((AnchorState.Anchored, 1, 0, 7), (p.State, p.NewParagraphIndex, p.Start, p.End));
    }

    [Fact]
    public void Place_ThreeLetterNameStartingARewrittenParagraph_IsFound_WhenTheArticleWritesItAsANameElsewhere()
    {
        const string Before = "Ray has been nominated in six categories. The film recounts the life of Ray Charles, and the role of Ray won praise.";
        const string After = "Ray costs risen local groups agreed while plans fell sharply over year and budget after report said.";
        var old = Spans.Old(Before);

        var p = Spans.PlaceOne(old, [After], Spans.On(old, 0, "Ray"));

        Assert.Equal((AnchorState.Anchored, 0, 0, 3), (p.State, p.NewParagraphIndex, p.Start, p.End));
    }

    [Fact]
    public void Place_QuoteLeftWholeInARewrittenParagraph_IsFound_UnlessTheArticleHasItTwice()
    {
        const string Before = "Mourinho said: \"Chelsea have destroyed me.\" He left the ground early.";
        const string After = "Costs fell while \"Chelsea have destroyed me.\" groups agreed plans.";
        var old = Spans.Old(Before);
        var span = Spans.On(old, 0, "Chelsea have destroyed me.");

        var found = Spans.PlaceOne(old, [After], span);
        var twice = Spans.PlaceOne(old, [After, "Again: Chelsea have destroyed me."], span);

        Assert.Equal((AnchorState.Anchored, 0, 18), (found.State, found.NewParagraphIndex, found.Start));
        Assert.Equal(AnchorState.Orphaned, twice.State);
    }
}
