using NewsReader.Web.Anchoring;

namespace NewsReader.UnitTests.Anchoring;

/// <summary>The four rules, each on an edit that only it can handle.</summary>
public sealed class SpanAnchorerRuleTests
{
    private const string P0 = "US Secretary of State Mike Pompeo is flying into Britain for talks amid American concern at the decision to allow Huawei a role in the UK\u2019s 5G network.";
    private const string P1 = "Mr Pompeo previously said Huawei equipment posed a spying risk, adding the US \u201cwon\u2019t be able to share information\u201d with nations that used it.";
    private const string P2 = "But Foreign Secretary Dominic Raab has denied the decision will affect the UK-US intelligence-sharing relationship.";

    [Fact]
    public void Place_ParagraphMoved_KeepsOffsetsInItsNewPlace()
    {
        var old = Spans.Old(P0, P1, P2);
        var span = Spans.On(old, 1, "a spying risk");

        var p = Spans.PlaceOne(old, [P2, P0, "A new opening paragraph.", P1], span);

        Assert.Equal((AnchorState.Anchored, AnchorRule.ParagraphUnchanged, 3), (p.State, p.Rule, p.NewParagraphIndex));
        Assert.Equal((span.Start, span.End, span.Exact), (p.Start, p.End, p.Exact));
    }

    [Fact]
    public void Place_IdenticalCopiesOfTheParagraph_PrefersTheCopyThatKeptTheId()
    {
        var old = Spans.Old("Advertisement", P1, "Advertisement");
        var span = Spans.On(old, 2, "Advert");

        var p = Spans.PlaceOne(old, ["Advertisement", P1, "Advertisement"], span);

        Assert.Equal((AnchorRule.ParagraphUnchanged, 2), (p.Rule, p.NewParagraphIndex));
    }

    [Fact]
    public void Place_SentenceAddedAfterTheSpan_FindsExactTextWithContext()
    {
        var old = Spans.Old(P0, P1);
        var span = Spans.On(old, 0, "Mike Pompeo");

        var p = Spans.PlaceOne(old, [P0 + " He will also visit Ukraine.", P1], span);

        Assert.Equal((AnchorState.Anchored, AnchorRule.ExactWithContext, 0, span.Start), (p.State, p.Rule, p.NewParagraphIndex, p.Start));
        Assert.Equal(span.Exact, p.Exact);
    }

    [Fact]
    public void Place_ParagraphsMerged_FindsSpanOfTheSecondInTheMergedText()
    {
        var old = Spans.Old(P0, P1, P2);
        var span = Spans.On(old, 2, "Dominic Raab");
        string[] @new = [P0, P1 + " " + P2];

        var p = Spans.PlaceOne(old, @new, span);

        Assert.Equal((AnchorRule.ExactWithContext, 1), (p.Rule, p.NewParagraphIndex));
        Assert.Equal(P1.Length + 1 + span.Start, p.Start);
        Spans.AssertConsistent(@new, p);
    }

    [Fact]
    public void Place_TypoFixedInsideTheSpan_ReanchorsWithTheNewText()
    {
        var typo = P1.Replace("equipment", "equipmnet", StringComparison.Ordinal);
        var old = Spans.Old(P0, typo);
        var span = Spans.On(old, 1, "Huawei equipmnet posed a spying risk");
        string[] @new = [P0, P1];

        var p = Spans.PlaceOne(old, @new, span);

        Assert.Equal((AnchorState.Reanchored, AnchorRule.Approximate, 1), (p.State, p.Rule, p.NewParagraphIndex));
        Assert.Equal("Huawei equipment posed a spying risk", p.Exact);
        Assert.InRange(p.Score, MatchScore.Threshold, 1);
        Spans.AssertConsistent(@new, p);
    }

    [Fact]
    public void Place_ParagraphDeletedAndTextGone_Orphans()
    {
        var old = Spans.Old(P0, P1, P2);
        var span = Spans.On(old, 1, "a spying risk");

        var p = Spans.PlaceOne(old, [P0, P2], span);

        Assert.Equal((AnchorState.Orphaned, AnchorRule.None, (int?)null), (p.State, p.Rule, p.NewParagraphIndex));
        Assert.Equal((span.Exact, span.Prefix, span.Suffix), (p.Exact, p.Prefix, p.Suffix));
    }

    [Fact]
    public void Place_OrphanWhoseTextCameBack_IsAnchoredAgain()
    {
        var old = Spans.Old(P0, P1);
        var placed = Spans.On(old, 1, "a spying risk");
        var orphan = placed with { ParagraphId = null };

        var p = Spans.PlaceOne(Spans.Old(P0), [P0, P2, P1], orphan);

        Assert.Equal((AnchorState.Anchored, AnchorRule.ExactWithContext, 2, placed.Start), (p.State, p.Rule, p.NewParagraphIndex, p.Start));
    }

    [Fact]
    public void Place_OrphanWhoseTextCameBackSlightlyEdited_IsReanchored()
    {
        var old = Spans.Old(P0, P1);
        var orphan = Spans.On(old, 1, "posed a spying risk") with { ParagraphId = null };
        string[] @new = [P0, P1.Replace("a spying risk", "a spying-risk", StringComparison.Ordinal)];

        var p = Spans.PlaceOne(Spans.Old(P0), @new, orphan);

        Assert.Equal((AnchorState.Reanchored, 1, "posed a spying-risk"), (p.State, p.NewParagraphIndex, p.Exact));
    }

    [Fact]
    public void Place_StaleOffsetsOnAnUnchangedParagraph_FallBackToTheText()
    {
        var old = Spans.Old(P0, P1);
        var span = Spans.On(old, 1, "a spying risk") with { Start = 0, End = 13 };

        var p = Spans.PlaceOne(old, [P0, P1], span);

        Assert.Equal((AnchorRule.ExactWithContext, P1.IndexOf("a spying risk", StringComparison.Ordinal)), (p.Rule, p.Start));
    }

    [Fact]
    public void Place_EmptySpan_IsAnOrphan()
    {
        var old = Spans.Old(P0);

        var p = Spans.PlaceOne(old, [P0], new SpanToPlace(7, 100, 3, 3, "", "", ""));

        Assert.Equal((7, AnchorState.Orphaned), (p.Key, p.State));
    }

    [Fact]
    public void Place_ManySpans_ReturnsOnePlacementPerSpanInOrderWithTheirKeys()
    {
        var old = Spans.Old(P0, P1, P2);
        SpanToPlace[] spans = [Spans.On(old, 2, "Raab", key: 5), Spans.On(old, 0, "Huawei", key: 3), Spans.On(old, 1, "Huawei", key: 9)];

        var placed = SpanAnchorer.Place(old, [P1, P2], spans);

        Assert.Equal([5, 3, 9], placed.Select(p => p.Key));
        Assert.Equal([AnchorState.Anchored, AnchorState.Orphaned, AnchorState.Anchored], placed.Select(p => p.State));
    }
}
