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
    [InlineData("\"We will hold the line on spending,\" Del. Tamsin Hadley said.", "Tamsin Hadley")]
    [InlineData("\"We will hold the line on spending,\" Rep. Tom Hadley (R-Ohio), a panel member, said.", "Tom Hadley")]
    [InlineData("\"We will hold the line on spending,\" Rep. T.J. Hadley (R-Ohio), head of the caucus, said.", "T.J. Hadley")]
    [InlineData("\"We will hold the line on spending,\" Marisela Quintavalle wrote on Twitter.", "Marisela Quintavalle")]
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

    [Theory]
    [InlineData("\"He is ignorant of our culture. He makes blanket statements.\"\u2015 Marisela Quintavalle")]
    [InlineData("\"He is ignorant of our culture. He makes blanket statements.\" \u2014 Marisela Quintavalle, a nurse")]
    [InlineData("\"He is ignorant of our culture. He makes blanket statements.\"\u2015 Marisela Quintavalle.")]
    public void ARoundupsSource_SetAfterTheQuoteWithADash_IsTheSpeaker(string paragraph)
    {
        Assert.Equal("Marisela Quintavalle", Extract(paragraph).QuoteStarting("He is ignorant").PersonName);
    }

    [Theory]
    [InlineData("In a statement, President Hadley condemned the test as \"provocative and destabilizing\" on Friday.", "Hadley")]
    [InlineData("T.J. Hadley said the plan was \"a disgrace to the state\".", "T.J. Hadley")]
    public void ATitleOrInitials_MakeTheNameAPerson(string paragraph, string speaker)
    {
        var quote = Extract(paragraph).Quotes.Single();

        Assert.Equal(SpeakerKind.Person, quote.SpeakerKind);
        Assert.Equal(speaker, quote.PersonName);
    }

    [Fact]
    public void AnOrganisation_AfterAQuotationThatRunsOn_StaysAnOrganisation()
    {
        var quote = Extract("\"It is a disgrace to the party,\" Age Concern said.").QuoteStarting("It is a disgrace");

        Assert.Equal(SpeakerKind.Organisation, quote.SpeakerKind);
    }

    [Fact]
    public void AnAbbreviatedMonth_DoesNotEndTheSentence()
    {
        var quote = Extract("Tom Hadley said on Oct. 5 that \"we will hold the line on spending\" this year.").QuoteStarting("we will hold");

        Assert.Equal("Tom Hadley", quote.PersonName);
    }

    [Fact]
    public void ATranscriptLine_IsSpokenByThePersonItNamesInCapitals_EvenOneTheArticleNamesNowhereElse()
    {
        var result = Extract(
            "Republican nominee Gov. Tom Hadley said his running mate was joking.",
            "\"MORROW: Let us start with the news. What do you say?",
            "\"HADLEY: Well, look, she thinks this is an episode of a show. But this is serious business.");

        Assert.Equal("Tom Hadley", result.QuoteStarting("HADLEY: Well").PersonName);
        Assert.Equal("Morrow", result.QuoteStarting("MORROW: Let us").PersonName);
        Assert.Contains(result.People, p => p.Name == "Morrow");
    }

    [Fact]
    public void ALabelInCapitals_NamesNoOne_WhenItIsARoleOrOnlyOneLineHasALabel()
    {
        var roles = Extract(
            "\"MODERATOR: Let us start with the news. What do you say?",
            "\"HADLEY: Well, look, this is serious business.");
        var single = Extract("Partial transcript:", "\"MORROW: Let us start with the news. What do you say?");

        Assert.Equal(SpeakerKind.None, roles.QuoteStarting("MODERATOR: Let us").SpeakerKind);
        Assert.Equal("Hadley", roles.QuoteStarting("HADLEY: Well").PersonName);
        Assert.Equal(SpeakerKind.None, single.QuoteStarting("MORROW: Let us").SpeakerKind);
        Assert.DoesNotContain(single.People, p => p.Name == "Morrow");
    }

    [Theory]
    [InlineData("\"It was the least bad outcome,\" Mr. Hadley of the River Trust said.", "Hadley")]
    [InlineData("\"It was the least bad outcome,\" Tom Hadley from Acme Holdings told reporters.", "Tom Hadley")]
    [InlineData("\"It was the least bad outcome,\" wrote Tamsin Quarrie for Morning Ledger.", "Tamsin Quarrie")]
    [InlineData("\"It was the least bad outcome,\" Vann R. Quarrie II, a writer for the paper, said on Twitter.", "Vann R. Quarrie")]
    [InlineData("As Tom Hadley, a tax lawyer, recently put it, \"Did he lower his taxes or evade them?\"", "Tom Hadley")]
    [InlineData("\"Go register,\" Ann Moss implored.", "Ann Moss")]
    [InlineData("\"Not so fast,\" Ann Moss interjected.", "Ann Moss")]
    [InlineData("Sen. Ann Moss (D-Mo.) scolded him: \"The scientific community is against you.\"", "Ann Moss")]
    public void ASpeakerWithABodyOrAnUnknownGivenName_OrALessCommonVerb_IsStillFound(string paragraph, string speaker)
    {
        var quote = Extract(paragraph).Quotes.Single();

        Assert.Equal(SpeakerKind.Person, quote.SpeakerKind);
        Assert.Equal(speaker, quote.PersonName);
    }

    [Theory]
    [InlineData("Many have said the same, including the former candidate Ann Moss -- \"It is disqualifying to hide the returns\" -- and Tom Hadley, a former commissioner.")]
    [InlineData("Many have said the same, including the former candidate Ann Moss -- ''It is disqualifying to hide the returns'' -- and Tom Hadley, a former commissioner.")]
    public void AQuotationSetOffByDashes_AfterAName_IsThatPersonsWords(string paragraph)
    {
        Assert.Equal("Ann Moss", Extract(paragraph).QuoteStarting("It is disqualifying").PersonName);
    }

    [Fact]
    public void AQuotationAfterADash_ThatNamesSomeoneAfterAPreposition_IsNotTheirs()
    {
        var quote = Extract("Tom Hadley said Ann Moss had seemed supportive of Mr. Quarrie -- ''a completely different man to me.''").QuoteStarting("a completely different");

        Assert.Equal("Tom Hadley", quote.PersonName);
    }

    [Fact]
    public void AContrastingClauseAfterTheQuotation_IsNotItsAttribution()
    {
        var result = Extract(
            "Attorney General Roy Hadley called for releasing the videos, saying that openness \"breaks down barriers.\"",
            "Kerr Quarrie, the Charlotte-Mecklenburg police chief, said that the footage did not give \"absolute visual evidence of a gun,\" but he said that it was clear.");

        Assert.Equal("Kerr Quarrie", result.QuoteStarting("absolute visual").PersonName);
    }

    [Fact]
    public void AQuotationAfterAnAttributionsSceneSettingClause_StaysWithTheAttributedSpeaker()
    {
        var quote = Extract("\"Our progress is on the ballot,\" Mr. Hadley said at the gala dinner, where Mrs. Moss also spoke. \"Tolerance is on the ballot.\"")
            .QuoteStarting("Tolerance");

        Assert.Equal("Hadley", quote.PersonName);
    }

    [Fact]
    public void AnInvertedAttributionOpeningTheSentence_NamesABareSurname()
    {
        var quote = Extract("Experts say the plans would make the code more complicated. Said Quarrie: \"I don't get the sense she is interested.\"").Quotes.Single();

        Assert.Equal("Quarrie", quote.PersonName);
    }

    [Fact]
    public void ABareSurnameAfterAQuestion_WithAVerbOnlyPeopleUse_IsTheSpeaker()
    {
        var quote = Extract("Sen. Jon Tester spoke first.", "\"Why isn't this clear proof that it is too big?\" Quarrie demanded.").QuoteStarting("Why isn't");

        Assert.Equal("Quarrie", quote.PersonName);
    }

    [Fact]
    public void ASentenceAfterAQuotationThatEndsWithAFullStop_IsNotItsAttribution()
    {
        var quote = Extract("Tom Hadley told the paper: \"I attack him politically.\" Mr Moss also distanced himself from posters which critics claimed were offensive.")
            .QuoteStarting("I attack");

        Assert.Equal("Tom Hadley", quote.PersonName);
    }

    [Theory]
    [InlineData("Senate Minority Leader Ann Moss (D-Nev.), in particular, has been steadily pounding him as a \"con artist who cheats working people\" for weeks.", "Ann Moss")]
    [InlineData("In recent weeks, Ann Moss has gone after him as a \"human leech who will bleed the country\".", "Ann Moss")]
    public void AQuotedLabelTheSubjectPutsOnSomeone_IsTheSubjectsWord(string paragraph, string speaker)
    {
        var quote = Extract(paragraph).Quotes.Single();

        Assert.Equal(speaker, quote.PersonName);
        Assert.True(quote.Confidence < 0.9, $"a label without a speech verb is less sure: {quote.Confidence}");
    }

    [Fact]
    public void AQuotedLabelInThePassive_IsNotTheSubjectsWord()
    {
        var quote = Extract("Ann Moss was branded by her rivals as a \"con artist\" for weeks.").Quotes.SingleOrDefault();

        Assert.True(quote is null || quote.PersonName != "Ann Moss", "the one labelled is not the one who labels");
    }

    [Theory]
    [InlineData("\u201cHe is not a worthy representative.\u201d \u2015 Oscar P. Quarrie", "Oscar P. Quarrie")]
    [InlineData("\u201cHe is not a worthy representative!\u201d \u2015 Julie A. Diaz Quarrie.", "Julie A. Diaz Quarrie")]
    public void AMiddleInitial_MakesAGivenNameThatIsAlsoAWordAPersonsName(string paragraph, string speaker)
    {
        Assert.Equal(speaker, Extract("\u201cHe is the most unqualified.\u201d \u2015 Nell Carden Grey", paragraph).QuoteStarting("He is not").PersonName);
    }

    [Fact]
    public void TheVerbThatIntroducesTheQuotationOutright_BeatsAnEarlierOne()
    {
        var quote = Extract("When Ann Moss noted that Tom Hadley has not paid taxes \u2015 as was true for a few years \u2015 Hadley boasted, \u201cThat makes me smart.\u201d").Quotes.Single();

        Assert.Equal("Tom Hadley", quote.PersonName);
    }

    [Fact]
    public void AnUnattributedQuotation_AfterASentenceAboutAPerson_IsThatPersons()
    {
        var result = Extract(
            "\"We need to step away from that,\" Tom Hadley said on Sunday.",
            "On another show, Sen. Ann Moss (Vt.), who lost the primaries, named exhaustion with bigotry as one reason. \"The younger people are sick and tired of discrimination.\"");
        var quote = result.QuoteStarting("The younger people");

        Assert.Equal("Ann Moss", quote.PersonName);
        Assert.True(quote.Confidence < 0.9, $"no attribution of its own: {quote.Confidence}");
    }

    [Fact]
    public void ASubordinateClauseAfterTheQuotation_IsNotItsAttribution()
    {
        var quote = Extract("The spot ends with footage of Tom Hadley saying during the debate, \u201cThat makes me smart,\u201d when Ann Moss blasted him for not paying tax.")
            .Quotes.Single();

        Assert.Equal("Tom Hadley", quote.PersonName);
    }

    [Fact]
    public void ANicknameInsideAName_IsLeftOutOfIt_AndAnAbbreviatedTitleSupportsTheName()
    {
        var result = Extract("\"We have to show that we have his back,\" state Del. Marcia \"Cia\" Quarrie (D-Newport News) shouted to the crowd. \"The nation is watching.\"");

        Assert.Equal("Marcia Quarrie", result.QuoteStarting("The nation").PersonName);
        Assert.Contains(result.People, p => p.Name == "Marcia Quarrie");
        Assert.DoesNotContain(result.Quotes, q => q.Text == "Cia");
    }

    [Theory]
    [InlineData("The award went to John")]
    [InlineData("The award went to John \"")]
    [InlineData("The award went to John \"Jack")]
    public void AGivenNameAtTheEndOfAParagraph_OrBeforeAnUnclosedMark_IsRead(string paragraph)
    {
        var result = Extract(paragraph);

        Assert.DoesNotContain(result.Quotes, q => q.Text.Contains("John", StringComparison.Ordinal));
    }

    [Fact]
    public void CapitolHill_IsNotAPerson()
    {
        var result = Extract("Nervous Democrats on Capitol Hill have argued that it helps.", "\"It helps,\" Hill said.");

        Assert.DoesNotContain(result.People, p => p.Name == "Capitol Hill");
    }

    [Fact]
    public void ASingerQuotedSinging_IsTheSpeaker()
    {
        var quote = Extract("\"Keep your hands in sight,\" Hadley sings to the crowd.", "Mary Hadley is a singer.").QuoteStarting("Keep your hands");

        Assert.Equal("Mary Hadley", quote.PersonName);
    }

    [Fact]
    public void PutItOnTheTable_IsNotSpeech()
    {
        var quote = Extract("Tom Hadley put it on the table next to the \"lucky charm\" he kept.").Quotes.SingleOrDefault();

        Assert.True(quote is null || quote.PersonName is null, "putting a thing somewhere reports no words");
    }

    [Fact]
    public void AnOpeningPhrase_EndingInANoun_DoesNotMakeTheNameAfterItABody()
    {
        var result = Extract(
            "The court ruled against Republican Secretary of State Jon Hadley on Friday.",
            "In a statement, Hadley said the ruling \"will force us to act\".",
            "The union also agreed a deal with energy drink company, Red Fox, who will supply the teams.");

        Assert.Equal("Jon Hadley", result.QuoteStarting("will force us").PersonName);
        Assert.DoesNotContain(result.People, p => p.Name.Contains("Fox", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Democratic presidential nominee Tamsin Hadley chimed in on Twitter, saying that officials should release the videos \"without delay.\"")]
    [InlineData("House Speaker Tamsin Hadley, despite admitting that she had concerns about \"trial lawyers trying to get rich\", backed the bill.")]
    public void ABodyThatOnlyQualifiesAPost_IsNotTheSpeaker_ThePersonHoldingItIs(string paragraph)
    {
        var quote = Extract(paragraph).Quotes.Single();

        Assert.Equal(SpeakerKind.Person, quote.SpeakerKind);
        Assert.Equal("Tamsin Hadley", quote.PersonName);
    }
}
