using NewsReader.Web.Anchoring;

namespace NewsReader.UnitTests.Anchoring;

/// <summary>Never wrong rather than orphaned: the threshold, the margin, and repeated phrases.</summary>
public sealed class AmbiguityAndThresholdTests
{
    [Fact]
    public void Combine_JustAboveAndJustBelowTheThreshold_AcceptsOnlyAbove()
    {
        // Perfect context and position leave the quote to decide: 2/3 of it is the limit.
        var limit = (MatchScore.Threshold - MatchScore.PrefixWeight - MatchScore.SuffixWeight - MatchScore.PositionWeight) / MatchScore.QuoteWeight;

        Assert.True(MatchScore.Combine(limit + 0.01, 1, 1, 1) >= MatchScore.Threshold);
        Assert.True(MatchScore.Combine(limit - 0.01, 1, 1, 1) < MatchScore.Threshold);
    }

    [Fact]
    public void Combine_IdenticalQuoteWithUnrelatedContext_StaysBelowTheThreshold()
    {
        Assert.True(MatchScore.Combine(1, 0, 0, 1) < MatchScore.Threshold);
        Assert.True(MatchScore.Combine(1, 0, 0, null) < MatchScore.Threshold);
    }

    [Theory]
    [InlineData("Huawei equipment posed", "Huaxyz equipment posed", AnchorState.Reanchored)] // 3 of 22 changed: above
    [InlineData("Huawei equipment posed", "Hxyzvw eqxxxxxnt posed", AnchorState.Orphaned)] // 12 of 22 changed: below
    public void Place_QuoteEditedNearTheThreshold_ReanchorsOnlyAboveIt(string before, string after, AnchorState expected)
    {
        var text = "Mr Pompeo previously said Huawei equipment posed a spying risk to the allies.";
        var old = Spans.Old(text);

        var p = Spans.PlaceOne(old, [text.Replace(before, after, StringComparison.Ordinal)], Spans.On(old, 0, before));

        Assert.Equal(expected, p.State);
    }

    [Fact]
    public void Place_RepeatedPhraseWhoseOriginalWasDeleted_OrphansRatherThanGuessing()
    {
        var old = Spans.Old(
            "The government said the plan was sound. Critics disagreed strongly with that view.",
            "Later, the government said it would review the figures before the autumn statement.");
        var span = Spans.On(old, 0, "The government said");
        string[] @new = ["Critics disagreed strongly with that view.", "Later, the government said it would review the figures before the autumn statement."];

        Assert.Equal(AnchorState.Orphaned, Spans.PlaceOne(old, @new, span).State);
    }

    [Fact]
    public void Place_RepeatedPhraseWithBothContextsChanged_OrphansRatherThanGuessing()
    {
        var text = "On Monday the government said taxes would rise, and on Friday the government said they would not.";
        var old = Spans.Old(text);
        var span = Spans.On(old, 0, "the government said", occurrence: 2);
        string[] @new = ["Early in the week the government said one thing, and by the weekend the government said another."];

        Assert.Equal(AnchorState.Orphaned, Spans.PlaceOne(old, @new, span).State);
    }

    [Fact]
    public void Place_RepeatedPhraseWithItsOwnContextKept_PicksTheRightOccurrence()
    {
        var text = "On Monday the government said taxes would rise, and on Friday the government said they would not.";
        var old = Spans.Old(text);
        var span = Spans.On(old, 0, "the government said", occurrence: 2);
        string[] @new = [text.Replace("On Monday", "On Monday morning", StringComparison.Ordinal)];

        var p = Spans.PlaceOne(old, @new, span);

        Assert.Equal(@new[0].LastIndexOf("the government said", StringComparison.Ordinal), p.Start);
    }

    [Fact]
    public void Place_SameEditedTextInExpectedParagraphAndFarAway_ExpectedPositionDecides()
    {
        var (old, @new, span) = TwoEquallyGoodPlaces();

        var p = Spans.PlaceOne(old, @new, span);

        Assert.Equal((AnchorState.Reanchored, 0, 0), (p.State, p.NewParagraphIndex, p.Start));
    }

    [Fact]
    public void Place_SameEditedTextTwiceAndNoExpectedPosition_Orphans()
    {
        var (old, @new, span) = TwoEquallyGoodPlaces();

        var p = Spans.PlaceOne(old, @new, span with { ParagraphId = null });

        Assert.Equal(AnchorState.Orphaned, p.State);
        Assert.InRange(p.Score, MatchScore.Threshold, 1); // good enough, but not unique
    }

    [Fact]
    public void Place_ExactTextTwiceWithTheSameContext_IsNeverGuessed()
    {
        var paragraph = "Advertisement: subscribe to the newsletter for daily updates from our team.";
        var old = Spans.Old(paragraph, "Middle text that will be removed from the article entirely.");
        var orphan = Spans.On(old, 0, "subscribe to the newsletter") with { ParagraphId = null };

        Assert.Equal(AnchorState.Orphaned, Spans.PlaceOne(old, [paragraph, "Something else.", paragraph], orphan).State);
    }

    /// <summary>A span whose edited text appears twice with the same context: in its own paragraph and three paragraphs later.</summary>
    private static (List<OldParagraph>, string[], SpanToPlace) TwoEquallyGoodPlaces()
    {
        const string Text = "The spokesman confirmed the talks went well, officials said after the meeting in London.";
        var edited = Text.Replace("went well", "went very well", StringComparison.Ordinal);
        var old = Spans.Old(Text, "Filler paragraph one about trade.", "Filler paragraph two about fishing.", "Closing words on the weather today.");
        string[] @new = [edited, "Filler paragraph one about trade.", "Filler paragraph two about fishing.", edited + " Then they left."];
        return (old, @new, Spans.On(old, 0, "The spokesman confirmed the talks went well"));
    }
}
