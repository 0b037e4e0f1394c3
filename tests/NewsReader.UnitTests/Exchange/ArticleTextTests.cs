using NewsReader.Web.Exchange;

namespace NewsReader.UnitTests.Exchange;

/// <summary>Positions in an article's whole text, as Web Annotation's TextPositionSelector counts them: code points.</summary>
public sealed class ArticleTextTests
{
    private static readonly ArticleText Text = new("Title \U0001F30D", [(10, "First one."), (11, "A \U0001F600 smile and more."), (12, "Last.")]);

    [Fact]
    public void WholeText_IsTheTitle_ThenEachParagraph_AfterABlankLine()
    {
        Assert.Equal("Title \U0001F30D\n\nFirst one.\n\nA \U0001F600 smile and more.\n\nLast.", Text.Text);
    }

    [Fact]
    public void Span_CountsEachCharacterOutsideTheBasicPlaneOnce()
    {
        // "Title 🌍" is 7 code points (8 UTF-16 units), the blank line 2, "First one." 10, the blank line 2: the
        // second paragraph starts at 21, and its emoji (UTF-16 offsets 2..4) is one code point.
        var smile = Text.Span(11, 2, 4);
        Assert.Equal(new TextSpan(23, 24), smile);
        Assert.Equal("\U0001F600", Slice(Text.Text, smile!.Value));

        var after = Text.Span(11, 5, 10); // "smile"
        Assert.Equal(new TextSpan(25, 30), after);
        Assert.Equal("smile", Slice(Text.Text, after!.Value));
        Assert.Equal("First one.", Slice(Text.Text, Text.Span(10, 0, 10)!.Value));
        Assert.Equal("Last.", Slice(Text.Text, Text.Span(12, 0, 5)!.Value));
    }

    [Theory]
    [InlineData(99, 0, 1)] // not a paragraph of this article
    [InlineData(10, 5, 4)] // end before start
    [InlineData(10, 0, 11)] // past the paragraph's end
    public void Span_OfSomethingNotInTheText_IsNull(int paragraph, int start, int end) =>
        Assert.Null(Text.Span(paragraph, start, end));

    [Theory]
    [InlineData("", 0)]
    [InlineData("abc", 3)]
    [InlineData("\U0001F600\U0001F600", 2)]
    public void CodePoints_CountsSurrogatePairsOnce(string text, int expected) =>
        Assert.Equal(expected, ArticleText.CodePoints(text));

    [Fact]
    public void CodePoints_CountsALoneSurrogateAsOne() =>
        Assert.Equal(3, ArticleText.CodePoints(new string(['a', '\uD800', 'b'])));

    [Fact]
    public void OrdinalOf_GivesTheParagraphsPlace()
    {
        Assert.Equal(1, Text.OrdinalOf(11));
        Assert.Equal(int.MaxValue, Text.OrdinalOf(99));
    }

    private static string Slice(string text, TextSpan span) =>
        string.Concat(text.EnumerateRunes().Skip(span.Start).Take(span.End - span.Start).Select(r => r.ToString()));
}
