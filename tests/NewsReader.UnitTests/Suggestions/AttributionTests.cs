using NewsReader.Suggestions;
using static NewsReader.UnitTests.Suggestions.SuggestionTestText;

namespace NewsReader.UnitTests.Suggestions;

public sealed class AttributionTests
{
    [Fact]
    public void Extract_AttributesAQuote_ToTheSpeakerBeforeIt()
    {
        var result = Extract("Foreign Secretary Jack Straw told the Commons: \"We will not be moved on this.\"");

        var quote = result.QuoteStarting("We will not");
        Assert.Equal(SpeakerKind.Person, quote.SpeakerKind);
        Assert.Equal("Jack Straw", quote.PersonName);
    }

    [Fact]
    public void Extract_AttributesAQuote_ToTheSpeakerAfterIt()
    {
        var result = Extract("\"The plan is desperate and will fail,\" said Tory leader Michael Howard.");

        Assert.Equal("Michael Howard", result.QuoteStarting("The plan").PersonName);
    }

    [Fact]
    public void Extract_AttributesAPartialQuote_ThroughAReportingVerb()
    {
        var result = Extract("Liberal Democrat leader Charles Kennedy dismissed the plan as \"desperate\" on Monday.");

        Assert.Equal("Charles Kennedy", result.QuoteStarting("desperate").PersonName);
    }

    [Fact]
    public void Extract_AttributesAQuote_AccordingToItsSource()
    {
        var result = Extract("The cuts were \"deep and lasting\", according to economist Ruth Lea.");

        Assert.Equal("Ruth Lea", result.QuoteStarting("deep and").PersonName);
    }

    [Fact]
    public void Extract_ResolvesAPronoun_ToTheLastCompatiblePerson()
    {
        var result = Extract(
            "Patricia Hewitt spoke to Charles Clarke about maternity pay.",
            "\"It is simply wrong to assume someone cannot do a job because of their sex,\" she said.");

        Assert.Equal("Patricia Hewitt", result.QuoteStarting("It is simply").PersonName);
    }

    [Fact]
    public void Extract_ResolvesMrSurname_ToTheFullName()
    {
        var result = Extract(
            "US Secretary of State Mike Pompeo is flying into Britain for talks.",
            "Mr Pompeo said the US \u201Cwon\u2019t be able to share information\u201D with such nations.");

        Assert.Equal("Mike Pompeo", result.QuoteStarting("won\u2019t").PersonName);
    }

    [Fact]
    public void Extract_GivesAQuoteOnlyParagraph_ToThePreviousSpeaker()
    {
        var result = Extract(
            "Conservative spokesman John Redwood said: \"The research endorses our policy.",
            "\"A Conservative government will axe 162 quangos.\"");

        Assert.Equal("John Redwood", result.QuoteStarting("A Conservative government").PersonName);
    }

    [Fact]
    public void Extract_SplitsAReopenedQuote_AndGivesBothPartsTheSpeaker()
    {
        var result = Extract("\"Career sexism limits opportunities. \"It is simply wrong to assume otherwise,\" Ms Hewitt said.");

        Assert.Equal(2, result.Quotes.Count);
        Assert.All(result.Quotes, q => Assert.Equal("Hewitt", q.PersonName));
    }

    [Fact]
    public void Extract_MakesTwoQuotes_OfAQuoteInterruptedByItsAttribution()
    {
        var result = Extract("\"We have tried very hard,\" said Colin Asplin, \"but we have failed in that.\"");

        Assert.Equal(["We have tried very hard,", "but we have failed in that."], result.Quotes.Select(q => q.Text));
        Assert.All(result.Quotes, q => Assert.Equal("Colin Asplin", q.PersonName));
    }

    [Fact]
    public void Extract_RecognisesAnOrganisationAsSpeaker()
    {
        var result = Extract("The US State Department said the visit was a chance to \u201Creaffirm the special relationship\u201D with the UK.");

        var quote = result.QuoteStarting("reaffirm");
        Assert.Equal(SpeakerKind.Organisation, quote.SpeakerKind);
        Assert.Equal("US State Department", quote.SpeakerText);
    }

    [Theory]
    [InlineData("A Trump administration official said the US was \"disappointed\" with the decision.", "A Trump administration official")]
    [InlineData("A spokesman for the Home Office said: \"We stand by the provisions in the Act.\"", "A spokesman for the Home Office")]
    [InlineData("Critics claimed the posters were \"anti-Semitic\" and offensive.", "Critics")]
    public void Extract_RecognisesAnUnnamedSource(string paragraph, string speaker)
    {
        var quote = Assert.Single(Extract(paragraph).Quotes);

        Assert.Equal(SpeakerKind.Unnamed, quote.SpeakerKind);
        Assert.Equal(speaker, quote.SpeakerText);
    }

    [Fact]
    public void Extract_FindsThePersonAPostRefersTo()
    {
        var result = Extract(
            "Tony Blair has pledged to act against Tory leader Michael Howard.",
            "The prime minister told the Jewish Chronicle: \"If you look at what I do, I attack him politically.\"");

        Assert.Equal("Tony Blair", result.QuoteStarting("If you look").PersonName);
    }

    [Fact]
    public void Extract_GivesAPassiveSpeechVerb_ItsAgent()
    {
        var result = Extract("Her comments have been described as \"irresponsible\" by the Islamic Human Rights Commission.");

        var quote = Assert.Single(result.Quotes);
        Assert.Equal(SpeakerKind.Organisation, quote.SpeakerKind);
    }

    [Fact]
    public void Extract_AttributesQuotesWithCurlyMarks_AsWithStraightOnes()
    {
        var result = Extract("\u201CWe understand that \u2013 we respect that,\u201D said Defence Secretary Ben Wallace.");

        Assert.Equal("Ben Wallace", Assert.Single(result.Quotes).PersonName);
    }

    [Fact]
    public void Extract_FindsTheSubject_AcrossATimePhrase()
    {
        var result = Extract(
            "Tony Blair spoke on Saturday.",
            "The prime minister on Sunday said immigration would be \"toughened up\" this year.");

        Assert.Equal("Tony Blair", result.QuoteStarting("toughened").PersonName);
    }

    [Fact]
    public void Extract_PrefersTheNameInAnAppositive_OverAPost()
    {
        var result = Extract("\"Our aim is to make the BBC accountable to parliament,\" said the committee chairman, MP Edward Leigh.");

        Assert.Equal("Edward Leigh", Assert.Single(result.Quotes).PersonName);
    }

    [Theory]
    [InlineData("\"This plan is a cynical sham,\" said Tory shadow local government secretary Caroline Spelman.", "Caroline Spelman")]
    [InlineData("\"The cake will be bigger for all,\" said Deputy Prime Minister Abdul Sener earlier this month.", "Abdul Sener")]
    [InlineData("\"We need far more storage,\" Richard Doherty, from Panasonic's Hollywood Laboratories, one of the pioneers of the format, told the BBC.", "Richard Doherty")]
    [InlineData("\"What happens here today, we will see later,\" Adam Hume, the BBC's futurologist told reporters.", "Adam Hume")]
    public void Extract_FindsTheNamedSpeaker_PastPostsTimesAndAppositives(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(Extract(paragraph).Quotes).PersonName);
    }

    [Fact]
    public void Extract_DoesNotTakeTheNameEndingAFrontedPhrase_AsTheSpeaker()
    {
        var result = Extract(
            "Lindsay Davenport lost in the final on Monday.",
            "Reacting to a comment by club chairman Tim Phillips, the American said: \"I think it is highly insulting.\"");

        Assert.NotEqual("Tim Phillips", Assert.Single(result.Quotes).PersonName);
    }

    [Fact]
    public void Extract_GivesADescription_ToWhoeverHasJustSpokenInTheParagraph()
    {
        var result = Extract(
            "Hollywood star Tom Hanks arrived in London for the premiere.",
            "\"This is Leicester Square as you have never seen it,\" said Hanks. \"Christmas is a special time of year,\" added the 48-year-old actor.");

        Assert.Equal("Tom Hanks", result.QuoteStarting("Christmas").PersonName);
    }

    [Fact]
    public void Extract_DoesNotGiveAPost_ToTheHolderOfItsDeputy()
    {
        var result = Extract(
            "Mayor Ken Livingstone was criticised on Monday, and Deputy Mayor Nicky Gavron defended him.",
            "The mayor accused the reporter of \"doorstepping\" him at a party.");

        Assert.Equal("Ken Livingstone", result.QuoteStarting("doorstepping").PersonName);
    }

    [Theory]
    [InlineData("\"Sales will keep climbing this year\" said Maria Okafor, head of research at the institute.", "Sales will", "Maria Okafor")]
    [InlineData("Tom Brennan spoke first. \"We never said, 'You may keep the land,'\" said Anna Lindqvist, who runs the trust's legal department.", "We never", "Anna Lindqvist")]
    [InlineData("\"We build every engine by hand,\" said rally driver Peter Hallam who runs the team.", "We build", "Peter Hallam")]
    [InlineData("Prices \"will fall by spring\", predicted market strategist Naomi Fleck.", "will fall", "Naomi Fleck")]
    [InlineData("Looking ahead, Mr Hollis forecast \"steady growth in every region\" for the group.", "steady growth", "Hollis")]
    public void Extract_AttributesAQuote_ToAnAttributionRightAfterItOrAnInvertedForecast(string paragraph, string start, string speaker)
    {
        Assert.Equal(speaker, Extract(paragraph).QuoteStarting(start).PersonName);
    }

    [Fact]
    public void Extract_DoesNotTakeAPhraseAfterATerm_AsItsSpeaker()
    {
        var result = Extract("Ministers plan a \"one-stop shop\" where social workers tell families what help there is.");

        Assert.NotEqual(SpeakerKind.Unnamed, result.QuoteStarting("one-stop").SpeakerKind);
    }

    [Fact]
    public void Extract_GivesAPassiveSpeechVerb_TheAgentBeforeAs()
    {
        var result = Extract("The phone was described by chief executive Karl Brandt as \"the best we have made\" and it was made by Nokola.");

        Assert.Equal("Karl Brandt", result.QuoteStarting("the best").PersonName);
    }

    [Fact]
    public void Extract_DoesNotTakeTheSourceOfAThing_AsASpeaker()
    {
        var result = Extract(
            "Striker Dean Rowley has been the source of speculation for weeks.",
            "\"The fans have been brilliant to me,\" he said.");

        Assert.Equal("Dean Rowley", result.QuoteStarting("The fans").PersonName);
    }

    [Fact]
    public void Extract_GivesADescription_ToThePersonIntroducedWithAnotherPost()
    {
        var result = Extract(
            "Manchester winger Carlos Almeida said he is close to a new contract.",
            "\"My agent has spoken with the club,\" said the Portugal star.");

        Assert.Equal("Carlos Almeida", result.QuoteStarting("My agent").PersonName);
    }

    [Fact]
    public void Extract_ResolvesAPronoun_ToAPossessorWhenNoSubjectFits()
    {
        var result = Extract(
            "The club rejected a bid for Dean Rowley.",
            "Rowley's future has been unclear for weeks, with some fans doubting his form. \"The crowd were great to me,\" he said.");

        Assert.Equal("Dean Rowley", result.QuoteStarting("The crowd").PersonName);
    }

    [Fact]
    public void Extract_ResolvesAPronoun_PastAPostWrittenWithItsField()
    {
        var result = Extract(
            "Coach Tom Brennan was criticised by the league.",
            "Spain's minister of sport Jaime Ortuno backed the decision. \"We will have zero tolerance,\" he said.");

        Assert.Equal("Jaime Ortuno", result.QuoteStarting("We will").PersonName);
    }
}
