using NewsReader.Web.People;

namespace NewsReader.UnitTests.People;

/// <summary>
/// The pure text rules behind "Tag as mention" and the keyword-in-context lines.
/// </summary>
public sealed class MentionTextTests
{
    [Theory]
    [InlineData("Mr Pompeo said", "Mr Pompeo")]
    [InlineData("Then MR. POMPEO said", "MR. POMPEO")]
    [InlineData("Zoé Smith spoke", "Zoé Smith")]
    [InlineData("Pompeo’s visit", "Pompeo")]
    public void FindFirst_MatchesWholeWords_FoldingCaseAccentsAndPunctuation(string text, string expected)
    {
        var match = NameFinder.FindFirst(text, ["Mr Pompeo", "Pompeo", "Zoe Smith"])!;

        Assert.Equal(expected, text[match.Start..match.End]);
    }

    [Fact]
    public void FindFirst_TakesTheEarliestOccurrence_AndTheLongestNameStartingThere()
    {
        const string text = "Pompeo arrived; later Mr Pompeo and Mike Pompeo left.";

        var earliest = NameFinder.FindFirst(text, ["Mike Pompeo", "Pompeo"])!;
        var longest = NameFinder.FindFirst("Mike Pompeo left", ["Mike", "Mike Pompeo"])!;

        Assert.Equal((0, 6), (earliest.Start, earliest.End));
        Assert.Equal((0, 11), (longest.Start, longest.End));
    }

    [Theory]
    [InlineData("Pompeos and Pompeovich")]
    [InlineData("APompeo")]
    [InlineData("")]
    public void FindFirst_IgnoresPartsOfOtherWords(string text) =>
        Assert.Null(NameFinder.FindFirst(text, ["Pompeo"]));

    [Fact]
    public void Kwic_TrimsCutContextToWholeWords_AndEncodesEverythingButTheMark()
    {
        var html = Kwic.Html("xyz <b>one two three four & five", "Name", " said <i>so</i> and then went awa");
        var whole = Kwic.For("Start: ", "Name", " end.");

        Assert.Equal("\u2026&lt;b&gt;one two three four &amp; five<mark>Name</mark> said &lt;i&gt;so&lt;/i&gt; and then went\u2026", html);
        Assert.Equal(new Kwic.Parts("Start: ", "Name", " end."), whole); // short context is the paragraph's edge: nothing cut
    }
}
