using NewsReader.Web.Anchoring;

namespace NewsReader.UnitTests.Anchoring;

/// <summary>The edits real source files go through, each of which must leave the span on the same words.</summary>
public sealed class ApproximateMatchTests
{
    private const string Lead = "Mr Pompeo previously said Huawei equipment posed a spying risk, adding the US would not be able to share information with nations that used it.";
    private const string Other = "But Foreign Secretary Dominic Raab has denied the decision will affect the UK-US intelligence-sharing relationship.";

    [Theory]
    [InlineData("would not be able to share information", "would not be able to share any information")]
    [InlineData("would not be able to share information", "would not share information")]
    [InlineData("would not be able to share information", "would not be abel to share information")]
    [InlineData("posed a spying risk, adding the US would not", "posed a risk of spying, adding the US would not")]
    public void Place_WordsInsertedRemovedOrMistypedInTheSpan_ReanchorsOnTheEditedWords(string before, string after)
    {
        var old = Spans.Old(Other, Lead);
        string[] @new = [Other, Lead.Replace(before, after, StringComparison.Ordinal)];

        var p = Spans.PlaceOne(old, @new, Spans.On(old, 1, before));

        Assert.Equal((AnchorState.Reanchored, 1, after), (p.State, p.NewParagraphIndex, p.Exact));
        Spans.AssertConsistent(@new, p);
    }

    [Fact]
    public void Place_StraightQuotesCurled_ReanchorsOnTheCurlyText()
    {
        var straight = "He said \"we won't be able to share information\" with them, officials in Washington confirmed.";
        var curly = straight.Replace("\"we", "\u201cwe", StringComparison.Ordinal).Replace("won't", "won\u2019t", StringComparison.Ordinal).Replace("information\"", "information\u201d", StringComparison.Ordinal);
        var old = Spans.Old(straight);

        var p = Spans.PlaceOne(old, [curly], Spans.On(old, 0, "\"we won't be able to share information\""));

        Assert.Equal("\u201cwe won\u2019t be able to share information\u201d", p.Exact);
        Assert.Equal(AnchorState.Reanchored, p.State);
        Assert.True(p.Score > 0.9, $"score {p.Score}"); // only the curled quotes count against it
    }

    [Fact]
    public void Place_CurlyQuotesStraightened_ReanchorsOnTheStraightText()
    {
        var curly = "Mr Raab said \u2018nothing will change\u2019 in the relationship.";
        var old = Spans.Old(curly);

        var p = Spans.PlaceOne(old, [curly.Replace('\u2018', '\'').Replace('\u2019', '\'')], Spans.On(old, 0, "\u2018nothing will change\u2019"));

        Assert.Equal(("'nothing will change'", AnchorState.Reanchored), (p.Exact, p.State));
    }

    [Fact]
    public void Place_SentenceStartingAParagraph_StillFoundByItsExactTextAndSuffix()
    {
        var old = Spans.Old(Other, Lead);

        var p = Spans.PlaceOne(old, [Other, "Officials declined to comment. " + Lead], Spans.On(old, 1, "Mr Pompeo previously said"));

        // An empty stored prefix (the paragraph's start) is found after any text.
        Assert.Equal((AnchorRule.ExactWithContext, 1, 31), (p.Rule, p.NewParagraphIndex, p.Start));
    }

    [Fact]
    public void Place_ClauseInsertedJustBeforeTheSpan_FollowsTheShiftedText()
    {
        var old = Spans.Old(Other, Lead);
        var edited = Lead.Replace("risk, adding", "risk, officials in London said on Monday, adding", StringComparison.Ordinal);

        var p = Spans.PlaceOne(old, [Other, edited], Spans.On(old, 1, "adding the US would not be able"));

        Assert.Equal((AnchorRule.Approximate, 1, "adding the US would not be able"), (p.Rule, p.NewParagraphIndex, p.Exact));
        Assert.Equal(edited.IndexOf("adding", StringComparison.Ordinal), p.Start);
    }

    [Fact]
    public void Place_ParagraphSplitAndSecondHalfEdited_FindsTheSpanInTheSecondParagraph()
    {
        var old = Spans.Old(Lead + " " + Other);
        string[] @new = [Lead, Other.Replace("has denied", "denied", StringComparison.Ordinal)];

        var p = Spans.PlaceOne(old, @new, Spans.On(old, 0, "Foreign Secretary Dominic Raab has denied the decision"));

        Assert.Equal((1, "Foreign Secretary Dominic Raab denied the decision"), (p.NewParagraphIndex, p.Exact));
        Spans.AssertConsistent(@new, p);
    }

    [Fact]
    public void Place_ParagraphMovedAndEdited_FollowsItToItsNewPlace()
    {
        var old = Spans.Old(Lead, Other, "The two men will meet for talks later.");
        string[] @new = ["The two men will meet for talks later.", Other, Lead.Replace("spying risk", "security risk", StringComparison.Ordinal)];

        var p = Spans.PlaceOne(old, @new, Spans.On(old, 0, "posed a spying risk"));

        Assert.Equal((2, "posed a security risk"), (p.NewParagraphIndex, p.Exact));
    }

    [Fact]
    public void Place_MatchWouldStartMidWord_SnapsToTheWholeWord()
    {
        var old = Spans.Old("The minister signed the agreement on Tuesday evening in London.");
        string[] @new = ["The minister countersigned the agreement on Tuesday evening in London."];

        var p = Spans.PlaceOne(old, @new, Spans.On(old, 0, "signed the agreement"));

        Assert.Equal("countersigned the agreement", p.Exact);
        Assert.True(TextUnits.IsWordBoundary(@new[0], p.Start) && TextUnits.IsWordBoundary(@new[0], p.End));
    }

    [Fact]
    public void Place_SpanWasPartOfAWord_MayStayPartOfAWord()
    {
        var old = Spans.Old("Intelligence-sharing between the allies continues, said the spokesman for the department.");
        string[] @new = ["Intelligence-sharing between the two allies continues, said the spokesman for the department."];

        var p = Spans.PlaceOne(old, @new, Spans.On(old, 0, "telligence"));

        Assert.Equal(("telligence", 2), (p.Exact, p.Start));
    }
}
