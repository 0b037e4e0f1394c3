using NewsReader.Web.Anchoring;

namespace NewsReader.UnitTests.Anchoring;

public sealed class ParagraphMatcherTests
{
    private const string A = "US Secretary of State Mike Pompeo is flying into Britain for talks amid American concern.";
    private const string B = "Mr Pompeo previously said Huawei equipment posed a spying risk to intelligence sharing.";
    private const string C = "But Foreign Secretary Dominic Raab has denied the decision will affect the relationship.";

    [Fact]
    public void Match_UnchangedArticle_KeepsEveryIdInPlace()
    {
        Assert.Equal([100, 101, 102], ParagraphMatcher.Match(Spans.Old(A, B, C), [A, B, C]));
    }

    [Fact]
    public void Match_ParagraphsReorderedAndOneInserted_IdsFollowTheirText()
    {
        Assert.Equal([102, null, 100, 101], ParagraphMatcher.Match(Spans.Old(A, B, C), [C, "Brand new paragraph about weather.", A, B]));
    }

    [Fact]
    public void Match_IdenticalCopies_PairInOrder()
    {
        Assert.Equal([100, 101, 102], ParagraphMatcher.Match(Spans.Old("Advertisement", B, "Advertisement"), ["Advertisement", B, "Advertisement"]));
    }

    [Fact]
    public void Match_OneCopyLeft_GoesToTheNearestOldCopy()
    {
        Assert.Equal([100, 101, null], ParagraphMatcher.Match(Spans.Old(A, "Advertisement", B, C, "Advertisement"), [A, "Advertisement", "Other"]));
    }

    [Fact]
    public void Match_ParagraphEditedLightly_KeepsItsId()
    {
        var edited = B.Replace("a spying risk", "a serious spying risk", StringComparison.Ordinal);

        Assert.Equal([100, 101, 102], ParagraphMatcher.Match(Spans.Old(A, B, C), [A, edited, C]));
    }

    [Fact]
    public void Match_ParagraphReplacedByUnrelatedText_GetsANewRow()
    {
        Assert.Equal([100, null, 102], ParagraphMatcher.Match(Spans.Old(A, B, C), [A, "Weather: rain spreading from the west by evening, heavy at times.", C]));
    }

    [Fact]
    public void Match_ParagraphSplit_FirstHalfKeepsTheIdOnce()
    {
        var result = ParagraphMatcher.Match(Spans.Old(A, B + " " + C), [A, B, C]);

        Assert.Equal(100, result[0]);
        Assert.Single(result, id => id == 101);
        Assert.Equal(101, result[1]);
    }

    [Fact]
    public void Match_ParagraphsMerged_MergedTextKeepsOneOfTheIds()
    {
        var result = ParagraphMatcher.Match(Spans.Old(A, B, C), [A, B + " " + C]);

        Assert.Equal(100, result[0]);
        Assert.Contains(result[1], new int?[] { 101, 102 });
    }

    [Fact]
    public void Match_SimilarityJustBelowTheThreshold_GetsANewRow()
    {
        // 2 shared words of 4 + 4: Dice 0.5 keeps the id; 1 shared of 4 + 4 (0.25) does not.
        Assert.Equal([100], ParagraphMatcher.Match(Spans.Old("alpha beta gamma delta"), ["alpha beta omega sigma"]));
        Assert.Equal([null], ParagraphMatcher.Match(Spans.Old("alpha beta gamma delta"), ["alpha tau omega sigma"]));
    }
}
