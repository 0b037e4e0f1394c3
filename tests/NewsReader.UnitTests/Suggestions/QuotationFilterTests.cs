using static NewsReader.UnitTests.Suggestions.SuggestionTestText;

namespace NewsReader.UnitTests.Suggestions;

public sealed class QuotationFilterTests
{
    [Theory]
    [InlineData("Civil litigation is settled on the test of \"a balance of probabilities\".")]
    [InlineData("He attended Lewis School, known then as the \"Eton of the valleys\".")]
    [InlineData("The directive protects, in other words, \"computer implemented invention\".")]
    [InlineData("The company officially \"rolled-out\" the new plane in Seattle.")]
    [InlineData("Others compared it to a scene in \"The Merchant of Venice\" on stage.")]
    [InlineData("It is called \"podcasting\" and it is growing.")]
    [InlineData("Linguists said the term \"vlog\" was chosen as the word of the year.")]
    [InlineData("The editor said words such as \"quorum\", \"veto\" and \"mandate\" confuse readers.")]
    [InlineData("The critic said the chosen brand, \"Kirin\" or \"giraffe\", hides what it is.")]
    [InlineData("Marcus 'Spike' Dalton told a radio station he was leaving the band.")]
    [InlineData("The singer Julio \u201CJJ\u201D Ramos said he was delighted.")]
    [InlineData("Mr Lane said the plan would be a \"Green\" Party flagship.")]
    [InlineData("The director makes this clear in her stunning new documentary \u201c13th.\u201d")]
    [InlineData("Mr. Lane, who sat for an interview on Ms. Moss's show, ''Politicking.'' said little.")]
    [InlineData("<tweet pic=\"pic.twitter.com/abc\" author=\"annmoss\" said=\"yes\">The senator said it was wrong.</tweet>")]
    [InlineData("The speaker's 1994 \"Contract with America.\" set the agenda.")]
    [InlineData("Mr. Lane said so on Fox News's \u201cFox and Friends.\u201d on Thursday.")]
    [InlineData("It is a version of what has become known as the ''Buffett rule'' after the investor.")]
    public void Extract_SkipsScareQuotesNamesAndTitles(string paragraph)
    {
        Assert.Empty(Extract(paragraph).Quotes);
    }

    [Theory]
    [InlineData("The minister said the plan was \"desperate\".")]
    [InlineData("Mr Lewis branded the council \"surprising\" and wasteful.")]
    [InlineData("He spoke amid claims of a Labour \"dirty tricks\" campaign.")]
    [InlineData("The lawyer called the seven-year recommended term \"excessive\" and said he would appeal.")]
    [InlineData("Asked if he would stay, the coach replied: \"Yes\" and left the room.")]
    [InlineData("The rector caused a row by branding the new town council \"greedy amateurs\" on Monday.")]
    [InlineData("The Greens have expressed \"deep unease\" about the bypass.")]
    [InlineData("Another critic, Tom Hadley, likened the rules to \"burning the charter\" last year.")]
    [InlineData("Ann Moss blasted the governor as a \u201cdisgrace\u201d on Wednesday.")]
    [InlineData("Reports said Mr. Lane called the pageant winner \u201cMiss Piggy\u201d in 1996.")]
    [InlineData("Twenty-two years ago, Ann Moss hailed Mr. Lane as \u201cThe Comeback Kid\u201d for his success.")]
    [InlineData("Ann Moss said his past references to Ms. Lane as \u201cMiss Piggy\u201d were cruel.")]
    [InlineData("Only 1 percent were involved with what several lawmakers called \u201cfraud\u201d on Tuesday.")]
    [InlineData("The union's efforts -- which the chief executive, Tom Hadley, called ''total political crap'' -- were fought.")]
    public void Extract_KeepsShortQuotes_WithASpeechCue(string paragraph)
    {
        Assert.Single(Extract(paragraph).Quotes);
    }

    [Theory]
    [InlineData("\"Here comes Big Daddy,\" she said, clapping. \u201cThe Donald. Big Daddy.\u201d", "The Donald. Big Daddy.")]
    [InlineData("Mr. Lane walked onto the stage, chanting \u201cU-S-A! U-S-A!\u201d", "U-S-A! U-S-A!")]
    [InlineData("Reports said Mr. Lane called the pageant winner \u201cMiss Piggy\u201d and \u201cMiss Housekeeping\u201d in 1996.", "Miss Housekeeping")]
    public void Extract_KeepsCapitalisedSpeech_ThatNoTitleIsWrittenLike(string paragraph, string quote)
    {
        Assert.Contains(Extract(paragraph).Quotes, q => q.Text == quote);
    }

    [Fact]
    public void Extract_KeepsAFullSentenceQuote_WithoutACue()
    {
        Assert.Single(Extract("\"Politicians should not decide where runways should be.\"").Quotes);
    }

    [Fact]
    public void Extract_TakesNoQuotesFromTheTitle()
    {
        var result = NewsReader.Suggestions.SuggestionExtractor.Extract(
            new NewsReader.Suggestions.ArticleText("Hewitt decries 'career sexism'", ["Patricia Hewitt spoke on Monday."]), []);

        Assert.Empty(result.Quotes);
    }
}
