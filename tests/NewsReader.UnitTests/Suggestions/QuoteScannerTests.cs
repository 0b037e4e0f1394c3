using NewsReader.Suggestions;

namespace NewsReader.UnitTests.Suggestions;

public sealed class QuoteScannerTests
{
    [Fact]
    public void Scan_FindsTextInsideStraightDoubleMarks()
    {
        const string text = "He said: \"We will win.\" Then he left.";

        var quote = Assert.Single(QuoteScanner.Scan(text));

        Assert.Equal("We will win.", text[quote.Start..quote.End]);
        Assert.True(quote.Closed);
    }

    [Fact]
    public void Scan_FindsTextInsideCurlyDoubleMarks()
    {
        const string text = "He said the US \u201Cwon\u2019t be able to share information\u201D with them.";

        var quote = Assert.Single(QuoteScanner.Scan(text));

        Assert.Equal("won\u2019t be able to share information", text[quote.Start..quote.End]);
    }

    [Fact]
    public void Scan_StartsANewQuote_WhenAQuoteReopensBeforeClosing()
    {
        const string text = "She said: \"We need more time. \"We are looking at how quickly we can do that.\"";

        var quotes = QuoteScanner.Scan(text);

        Assert.Equal(["We need more time.", "We are looking at how quickly we can do that."], quotes.Select(q => text[q.Start..q.End]));
        Assert.False(quotes[0].Closed);
    }

    [Fact]
    public void Scan_RunsAnUnclosedQuoteToTheParagraphEnd()
    {
        const string text = "\"The research endorses our policy.";

        var quote = Assert.Single(QuoteScanner.Scan(text));

        Assert.Equal("The research endorses our policy.", text[quote.Start..quote.End]);
    }

    [Fact]
    public void Scan_KeepsSingleMarksInsideADoubleQuoteAsPartOfIt()
    {
        const string text = "He said: \"We don't hear the argument: 'Lib Dems, good people, but...' any longer.\"";

        var quote = Assert.Single(QuoteScanner.Scan(text));

        Assert.StartsWith("We don't hear", text[quote.Start..quote.End], StringComparison.Ordinal);
        Assert.EndsWith("any longer.", text[quote.Start..quote.End], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mr Pompeo\u2019s visit and the UK\u2019s departure don\u2019t matter.")]
    [InlineData("Mr Pompeo's visit and the UK's departure don't matter to the players' union.")]
    [InlineData("Guy Fawkes' conspiracy was foiled in the '90s.")]
    public void Scan_DoesNotTakeApostrophesForQuotationMarks(string text)
    {
        Assert.Empty(QuoteScanner.Scan(text));
    }

    [Theory]
    [InlineData("They called it a 'bonfire of quangos' yesterday.")]
    [InlineData("They called it a \u2018bonfire of quangos\u2019 yesterday.")]
    [InlineData("They called it a \u2018bonfire of quangos-\u2018 yesterday.")]
    public void Scan_FindsAPairOfSingleMarksOutsideDoubleQuotes(string text)
    {
        var quote = Assert.Single(QuoteScanner.Scan(text));

        Assert.StartsWith("bonfire of quangos", text[quote.Start..quote.End], StringComparison.Ordinal);
        Assert.True(quote.IsSingle);
    }

    [Fact]
    public void Scan_EndsAnUnclosedQuoteBeforeItsOwnAttribution()
    {
        const string text = "It said: \"We are deeply concerned. This mirrored earlier concerns, it said. \"It is hard to see.\"";

        var quotes = QuoteScanner.Scan(text);

        Assert.Equal("We are deeply concerned.", text[quotes[0].Start..quotes[0].End]);
        Assert.Equal("It is hard to see.", text[quotes[1].Start..quotes[1].End]);
    }

    [Theory]
    [InlineData("The bank said: \"Rates are likely to stay where they are, the bank said in its review. Growth will slow.", "Rates are likely to stay where they are,")]
    [InlineData("Ms Ray said: \"The plan has no vision. Asked about the cost of the scheme, Ms Ray said: \"It is far too high.\"", "The plan has no vision.")]
    [InlineData("It said: \"Demand is weak. Prices fell in May, the group added. Growth will slow.", "Demand is weak.")]
    public void Scan_EndsAnUnclosedQuoteBeforeANamedOrDescribedAttribution(string text, string first)
    {
        var quotes = QuoteScanner.Scan(text);

        Assert.Equal(first, text[quotes[0].Start..quotes[0].End]);
    }

    [Fact]
    public void Scan_ClosesAQuote_AtAMarkWithSpacesOnBothSides()
    {
        const string text = "\u201CIt has changed considerably, \u201C he said. \u201CGrowth appears stronger.\u201D";

        var quotes = QuoteScanner.Scan(text);

        Assert.Equal(["It has changed considerably,", "Growth appears stronger."], quotes.Select(q => text[q.Start..q.End]));
    }

    [Fact]
    public void Scan_ReadsTwoSingleMarksAsADoubleMark()
    {
        const string text = "''Personally, I would rather see him at Larne,'' he said.";

        var quote = Assert.Single(QuoteScanner.Scan(text));

        Assert.Equal("Personally, I would rather see him at Larne,", text[quote.Start..quote.End]);
    }
}
