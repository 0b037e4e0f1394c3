using NewsReader.Web.Anchoring;

namespace NewsReader.UnitTests.Anchoring;

/// <summary>Accents, surrogate pairs, scripts without spaces, and spans that touch a paragraph's edges.</summary>
public sealed class UnicodeAndEdgeTests
{
    [Fact]
    public void Place_AccentedTextWithATypoFixed_ReanchorsOnWholeWords()
    {
        var old = Spans.Old("Le président français a déclaré que la réforme des retraites serait maintenue malgré les grèves.");
        string[] @new = ["Le président français a déclaré que la réforme des retraites sera maintenue malgré les grèves."];

        var p = Spans.PlaceOne(old, @new, Spans.On(old, 0, "la réforme des retraites serait maintenue"));

        Assert.Equal("la réforme des retraites sera maintenue", p.Exact);
        Spans.AssertConsistent(@new, p);
    }

    [Fact]
    public void Place_EmojiNextToTheSpan_NeverSplitsASurrogatePair()
    {
        var old = Spans.Old("Fans cheered \U0001F600\U0001F389 as the team won the cup final on Saturday night.");
        string[] @new = ["Fans cheered loudly \U0001F600\U0001F389 as the team won the cup finals on Saturday night."];

        var p = Spans.PlaceOne(old, @new, Spans.On(old, 0, "\U0001F389 as the team won the cup final"));

        Assert.Equal("\U0001F389 as the team won the cup finals", p.Exact);
        Spans.AssertConsistent(@new, p);
    }

    [Fact]
    public void Place_ContextCutNextToAnEmoji_KeepsThePairWhole()
    {
        var text = "\U0001F600 " + new string('x', 30) + "\U0001F389 the key phrase here \U0001F600";
        var old = Spans.Old(text);
        var span = Spans.On(old, 0, "the key phrase here");

        var p = Spans.PlaceOne(old, ["Intro. " + text], span);

        Assert.False(char.IsLowSurrogate(p.Prefix[0]));
        Assert.Equal(AnchorState.Anchored, p.State);
    }

    [Fact]
    public void Place_ChineseTextEdited_ReanchorsWithoutSwallowingTheSentence()
    {
        var old = Spans.Old("外交部发言人周二表示，中国将继续支持多边贸易体系，并反对任何形式的保护主义。");
        string[] @new = ["外交部发言人周二表示，中国将坚定支持多边贸易体系，并反对任何形式的保护主义。"];

        var p = Spans.PlaceOne(old, @new, Spans.On(old, 0, "中国将继续支持多边贸易体系"));

        Assert.Equal((AnchorState.Reanchored, "中国将坚定支持多边贸易体系"), (p.State, p.Exact));
    }

    [Fact]
    public void Place_WholeParagraphSpanWithEmptyContext_IsFoundWhenTheParagraphMoves()
    {
        const string Caption = "Media captionHow will the Huawei 5G deal affect me?";
        var old = Spans.Old("First paragraph of the story.", Caption);
        var span = Spans.On(old, 1, Caption);

        var p = Spans.PlaceOne(old, [Caption, "First paragraph of the story, edited."], span);

        Assert.Equal(("", "", 0, AnchorRule.ParagraphUnchanged), (span.Prefix, span.Suffix, p.NewParagraphIndex, p.Rule));
    }

    [Fact]
    public void Place_SpanAtParagraphStartAndEndWithTypos_ReanchorsAtTheEdges()
    {
        var old = Spans.Old("Goverment sources said the deal was close.", "The minister denied the report on Tusday");
        string[] @new = ["Government sources said the deal was close.", "The minister denied the report on Tuesday"];

        var placed = SpanAnchorer.Place(old, @new, [Spans.On(old, 0, "Goverment sources", key: 1), Spans.On(old, 1, "report on Tusday", key: 2)]);

        Assert.Equal(("Government sources", 0), (placed[0].Exact, placed[0].Start));
        Assert.Equal(("report on Tuesday", @new[1].Length), (placed[1].Exact, placed[1].End));
    }

    [Fact]
    public void ContextAround_CutsLikeTheAnnotationRules()
    {
        var text = new string('a', 40) + "XYZ" + new string('b', 40);

        var (prefix, suffix) = TextUnits.ContextAround(text, 40, 43);

        Assert.Equal((new string('a', 32), new string('b', 32)), (prefix, suffix));
    }
}
