using System.Text.RegularExpressions;
using NewsReader.Web.Rendering;

namespace NewsReader.UnitTests.Rendering;

public sealed partial class HighlightRendererTests
{
    private const string Close = "</mark>";

    [Fact]
    public void Render_NoSpans_ReturnsEncodedText()
    {
        Assert.Equal("Tom &amp; Zo\u00eb said &lt;no&gt;", HighlightRenderer.Render("Tom & Zo\u00eb said <no>", []));
    }

    [Fact]
    public void Render_OneSpan_WrapsItInAnAnchoredMark()
    {
        var html = HighlightRenderer.Render("Mike Pompeo said", [new HighlightSpan(7, 0, 11, "person")]);

        Assert.Equal("<mark class=\"hl hl-person\" data-annotation-id=\"7\" id=\"h-7\" tabindex=\"0\">Mike Pompeo</mark> said", html);
    }

    [Fact]
    public void Render_Suggestion_IsASpanOfItsOwn_AnchoredApartFromAnnotationsWithTheSameId()
    {
        var spans = new[] { new HighlightSpan(3, 9, 15, "person"), new HighlightSpan(3, 9, 15, "person", Suggested: true), new HighlightSpan(4, 0, 24, "quote", Suggested: true) };

        var html = HighlightRenderer.Render("He said: Pompeo is here.", spans);

        Assert.Equal(
            "<span class=\"sg sg-quote\" data-suggestion-id=\"4\" id=\"s-4\" tabindex=\"0\">He said: "
            + $"{Open(3, "person")}<span class=\"sg sg-person\" data-suggestion-id=\"3\" id=\"s-3\" tabindex=\"0\">Pompeo</span>{Close}"
            + " is here.</span>",
            html);
    }

    [Fact]
    public void Render_SuggestionOverlappingAnAnnotation_ClosesAndReopensWithTheRightTags()
    {
        var spans = new[] { new HighlightSpan(1, 0, 4, "quote"), new HighlightSpan(2, 2, 6, "person", Suggested: true) };

        var html = HighlightRenderer.Render("abcdef", spans);

        Assert.Equal(
            $"{Open(1, "quote")}ab<span class=\"sg sg-person\" data-suggestion-id=\"2\" id=\"s-2\" tabindex=\"0\">cd</span>{Close}"
            + "<span class=\"sg sg-person\" data-suggestion-id=\"2\" data-continued=\"true\">ef</span>",
            html);
    }

    [Fact]
    public void Render_QuoteContainingPerson_NestsMarks()
    {
        const string text = "He said: Pompeo is here. Then left.";
        var spans = new[] { new HighlightSpan(2, 9, 15, "person"), new HighlightSpan(1, 9, 24, "quote") };

        var html = HighlightRenderer.Render(text, spans);

        Assert.Equal($"He said: {Open(1, "quote")}{Open(2, "person")}Pompeo{Close} is here.{Close} Then left.", html);
    }

    [Fact]
    public void Render_IdenticalRanges_NestsLowerIdOutside()
    {
        var spans = new[] { new HighlightSpan(5, 0, 3, "topic"), new HighlightSpan(4, 0, 3, "person") };

        var html = HighlightRenderer.Render("abc", spans);

        Assert.Equal($"{Open(4, "person")}{Open(5, "topic")}abc{Close}{Close}", html);
    }

    [Fact]
    public void Render_OverlappingSpans_SplitsTheLaterOneIntoAContinuation()
    {
        var spans = new[] { new HighlightSpan(1, 0, 4, "quote"), new HighlightSpan(2, 2, 6, "person") };

        var html = HighlightRenderer.Render("abcdef", spans);

        Assert.Equal(
            "<mark class=\"hl hl-quote\" data-annotation-id=\"1\" id=\"h-1\" tabindex=\"0\">ab"
            + "<mark class=\"hl hl-person\" data-annotation-id=\"2\" id=\"h-2\" tabindex=\"0\">cd</mark></mark>"
            + "<mark class=\"hl hl-person\" data-annotation-id=\"2\" data-continued=\"true\">ef</mark>",
            html);
    }

    [Fact]
    public void Render_ChainOfOverlaps_ReopensLongestContinuationOutermost()
    {
        var spans = new[]
        {
            new HighlightSpan(1, 0, 6, "quote"),
            new HighlightSpan(2, 2, 8, "person"),
            new HighlightSpan(3, 4, 10, "topic"),
        };

        var html = HighlightRenderer.Render("abcdefghij", spans);

        Assert.Equal(
            $"{Open(1, "quote")}ab{Open(2, "person")}cd{Open(3, "topic")}ef{Close}{Close}{Close}"
            + $"{Continued(3, "topic")}{Continued(2, "person")}gh{Close}ij{Close}",
            html);
    }

    [Fact]
    public void Render_AdjacentSpans_ClosesTheFirstBeforeOpeningTheSecond()
    {
        var spans = new[] { new HighlightSpan(2, 2, 4, "topic"), new HighlightSpan(1, 0, 2, "person") };

        var html = HighlightRenderer.Render("abcd", spans);

        Assert.Equal($"{Open(1, "person")}ab{Close}{Open(2, "topic")}cd{Close}", html);
    }

    [Fact]
    public void Render_HostileText_IsEncodedInsideAndOutsideMarks()
    {
        const string text = "<script>alert(1)</script> said \"a & b\" 'c'";
        var spans = new[] { new HighlightSpan(9, 0, 16, "quote") };

        var html = HighlightRenderer.Render(text, spans);

        Assert.Equal(
            $"{Open(9, "quote")}&lt;script&gt;alert(1){Close}&lt;/script&gt; said &quot;a &amp; b&quot; &#x27;c&#x27;",
            html);
    }

    [Theory]
    [InlineData(1, 1, "quote")]
    [InlineData(-1, 2, "quote")]
    [InlineData(2, 1, "quote")]
    [InlineData(0, 4, "quote")]
    [InlineData(3, 5, "quote")]
    [InlineData(int.MinValue, int.MaxValue, "quote")]
    [InlineData(0, 2, "Quote")]
    [InlineData(0, 2, "quote\" onmouseover=\"alert(1)")]
    [InlineData(0, 2, "")]
    public void Render_InvalidSpan_IsSkipped(int start, int end, string kind)
    {
        var html = HighlightRenderer.Render("a&c", [new HighlightSpan(1, start, end, kind)]);

        Assert.Equal("a&amp;c", html);
    }

    [Fact]
    public void Render_InvalidSpanAmongValidOnes_LeavesTheValidOnes()
    {
        var spans = new[] { new HighlightSpan(1, 0, 99, "quote"), new HighlightSpan(2, 1, 2, "topic") };

        Assert.Equal($"a{Open(2, "topic")}b{Close}c", HighlightRenderer.Render("abc", spans));
    }

    [Fact]
    public void Render_SpanSplittingASurrogatePair_IsSkipped()
    {
        const string text = "a\U0001F600b";
        var spans = new[] { new HighlightSpan(1, 0, 2, "quote"), new HighlightSpan(2, 2, 4, "quote") };

        Assert.Equal("a&#x1F600;b", HighlightRenderer.Render(text, spans));
    }

    [Fact]
    public void Render_SpanAroundAWholeEmoji_WrapsIt()
    {
        var html = HighlightRenderer.Render("a\U0001F600b", [new HighlightSpan(3, 1, 3, "topic")]);

        Assert.Equal($"a{Open(3, "topic")}&#x1F600;{Close}b", html);
    }

    [Fact]
    public void Render_AnnotationAnchoredInAnEarlierParagraph_GetsOnlyAContinuation()
    {
        var anchored = new HashSet<int>();
        var first = HighlightRenderer.Render("ab", [new HighlightSpan(1, 0, 2, "quote")], anchored);
        var second = HighlightRenderer.Render("cd", [new HighlightSpan(1, 0, 2, "quote")], anchored);

        Assert.Equal($"{Open(1, "quote")}ab{Close}", first);
        Assert.Equal($"{Continued(1, "quote")}cd{Close}", second);
    }

    [Fact]
    public void Render_RandomSpans_AlwaysGivesBalancedMarksAndOneAnchorEach()
    {
        var random = new Random(20240601);
        const string text = "The <quick> brown & \"fox\" jumps";
        string[] kinds = ["quote", "person", "topic"];
        for (var round = 0; round < 500; round++)
        {
            var spans = Enumerable.Range(1, random.Next(1, 6))
                .Select(id => new HighlightSpan(id, random.Next(-2, text.Length), random.Next(0, text.Length + 2), kinds[random.Next(3)]))
                .ToList();

            var html = HighlightRenderer.Render(text, spans);

            AssertBalanced(html);
            Assert.Equal(HighlightRenderer.Render(text, []), MarkTag().Replace(html, string.Empty));
            var valid = spans.Where(s => s.Start >= 0 && s.Start < s.End && s.End <= text.Length);
            Assert.All(valid, s => Assert.Single(Regex.Matches(html, $"id=\"h-{s.AnnotationId}\"")));
        }
    }

    private static void AssertBalanced(string html)
    {
        var depth = 0;
        foreach (Match tag in MarkTag().Matches(html))
        {
            depth += tag.Value == Close ? -1 : 1;
            Assert.True(depth >= 0, html);
        }

        Assert.Equal(0, depth);
    }

    private static string Open(int id, string kind) =>
        $"<mark class=\"hl hl-{kind}\" data-annotation-id=\"{id}\" id=\"h-{id}\" tabindex=\"0\">";

    private static string Continued(int id, string kind) =>
        $"<mark class=\"hl hl-{kind}\" data-annotation-id=\"{id}\" data-continued=\"true\">";

    [GeneratedRegex("</?mark[^>]*>")]
    private static partial Regex MarkTag();
}
