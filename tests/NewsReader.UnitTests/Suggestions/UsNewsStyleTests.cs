using NewsReader.Suggestions;
using static NewsReader.UnitTests.Suggestions.SuggestionTestText;

namespace NewsReader.UnitTests.Suggestions;

/// <summary>
/// Patterns of American news writing the BBC rarely uses (titles with full stops, initials, party tags,
/// transcripts, roundups), each on a made-up sentence: the speaker the quote belongs to.
/// </summary>
public sealed class UsNewsStyleTests
{
    [Theory]
    [InlineData("\"We will hold the line on spending,\" Mr. Hadley said.", "Hadley")]
    [InlineData("''We will hold the line on spending,'' Ms. Okafor said on Tuesday.", "Okafor")]
    [InlineData("\"We will hold the line on spending,\" Sen. Dana Whitcombe said.", "Dana Whitcombe")]
    [InlineData("\"We will hold the line on spending,\" Dr. Lena Marsh told reporters.", "Lena Marsh")]
    [InlineData("\"We will hold the line on spending,\" Rep. Tom Hadley (R-Ohio) said.", "Tom Hadley")]
    [InlineData("\"We will hold the line on spending,\" Tom Hadley (pictured) said.", "Tom Hadley")]
    [InlineData("\"We will hold the line on spending,\" said Sen. Tom Hadley, the party's leader, in a statement.", "Tom Hadley")]
    [InlineData("\"We will hold the line on spending,\" city police Chief Tom Hadley said.", "Tom Hadley")]
    [InlineData("\"We will hold the line on spending,\" Mark R. Hadley II, a writer for the paper, said.", "Mark R. Hadley")]
    public void AnAttributionAfterTheQuote_ReadsPastTheFullStopOfATitle(string paragraph, string speaker)
    {
        var quote = Extract(paragraph).QuoteStarting("We will hold");

        Assert.Equal(SpeakerKind.Person, quote.SpeakerKind);
        Assert.Equal(speaker, quote.PersonName);
    }

    [Fact]
    public void ARegnalNumber_StaysInTheName_AGenerationalOneDoesNot()
    {
        var result = Extract("Queen Elizabeth II said \"it was a year to remember\".", "Mark R. Hadley II said \"we will hold the line\".");

        Assert.Equal("Queen Elizabeth II", result.QuoteStarting("it was a year").PersonName);
        Assert.Equal("Mark R. Hadley", result.QuoteStarting("we will hold").PersonName);
    }
}
