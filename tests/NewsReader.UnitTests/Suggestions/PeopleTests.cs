using NewsReader.Suggestions;
using static NewsReader.UnitTests.Suggestions.SuggestionTestText;

namespace NewsReader.UnitTests.Suggestions;

public sealed class PeopleTests
{
    [Fact]
    public void Extract_MergesFullNameHonorificAndSurname_IntoOnePerson()
    {
        var result = Extract(
            "US Secretary of State Mike Pompeo is flying into Britain.",
            "Mr Pompeo previously said Huawei posed a risk. Pompeo will meet officials.");

        var person = Assert.Single(result.People);
        Assert.Equal("Mike Pompeo", person.Name);
        Assert.Equal(["Mike Pompeo", "Mr Pompeo", "Pompeo"], person.MentionTexts);
    }

    [Fact]
    public void Extract_StripsPossessives_FromMentions()
    {
        var result = Extract(
            "Tony Blair spoke on Monday.",
            "Critics attacked Blair's record and Mr Blair\u2019s allies.");

        var person = Assert.Single(result.People);
        Assert.Equal(["Tony Blair", "Blair", "Mr Blair"], person.MentionTexts);
        Assert.All(person.Mentions, m => Assert.DoesNotContain("'", m.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_GivesMentionOffsetsWithinTheirParagraph()
    {
        var result = Extract("Yesterday Charles Kennedy spoke.");

        var mention = Assert.Single(result.Person("Charles Kennedy").Mentions);
        Assert.Equal((0, 10, 25), (mention.Paragraph, mention.Start, mention.End));
    }

    [Fact]
    public void Extract_CountsTitleMentions_UnderTheParagraphsPerson()
    {
        var result = SuggestionExtractor.Extract(new ArticleText("Hewitt decries sexism", ["Patricia Hewitt said so on Monday."]), []);

        var person = Assert.Single(result.People);
        Assert.Contains(person.Mentions, m => m.Paragraph == PersonMention.TitleParagraph && m.Text == "Hewitt");
    }

    [Fact]
    public void Extract_FindsNoPerson_NamedOnlyInTheTitle()
    {
        var result = SuggestionExtractor.Extract(new ArticleText("Probe launched on Ken Nazi jibe", ["Ken Livingstone is under investigation."]), []);

        Assert.Equal("Ken Livingstone", Assert.Single(result.People).Name);
    }

    [Theory]
    [InlineData("Labour will hold its conference in Manchester and not Blackpool in May.")]
    [InlineData("The Equal Opportunities Commission and the US State Department agreed on Tuesday.")]
    [InlineData("The Tories and the Lib Dems met at Downing Street and the House of Lords.")]
    [InlineData("Shares in Microsoft and Boeing rose in New York and Paris.")]
    [InlineData("The film Vera Drake won at the Golden Globes.")]
    public void Extract_FindsNoPerson_InPlacesBodiesMonthsAndWorks(string paragraph)
    {
        Assert.Empty(Extract(paragraph).People);
    }

    [Theory]
    [InlineData("The period drama Alice Grant took the top prize at the festival.")]
    [InlineData("Critics loved the biopic Edward Marsh and the comedy Sarah Jones Rides Again.")]
    [InlineData("The story ran in the tabloid Daily Planet and in the Le Monde newspaper.")]
    public void Extract_FindsNoPerson_InATitleNamedByItsGenre(string paragraph)
    {
        Assert.Empty(Extract(paragraph).People);
    }

    [Theory]
    [InlineData("Profits at Ernst & Young and at Harlow & Pike rose on Monday.")]
    [InlineData("Sales will slow, said analysts Brackwell. The Brackwell report was cautious, and Brackwell said he agreed.")]
    [InlineData("The figures come from a Brackwell report published on Monday.")]
    [InlineData("Merrill Lynch said it would appeal, and Merrill added that it was confident.")]
    [InlineData("Cheap DVDs flooded the market, he said.")]
    [InlineData("The Scot won the race and the Nazi past came up, she said.")]
    public void Extract_FindsNoPerson_InFirmsNamedByTradeAmpersandOrList(string paragraph)
    {
        Assert.Empty(Extract(paragraph).People);
    }

    [Fact]
    public void Extract_ReadsAQuotedIAfterAGivenName_AsThePronoun()
    {
        var result = Extract("Ryan Giggs said: \"I have told John I will be around for the next tournament.\"");

        Assert.DoesNotContain(result.People, p => p.Name.EndsWith(" I", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_KeepsAGenreNounBeforeAnHonorific_AsAPerson()
    {
        var result = Extract("He told the Today programme Mr Blair had been wrong.");

        Assert.Equal("Blair", Assert.Single(result.People).Name);
    }

    [Fact]
    public void Extract_DropsADescriptiveCompound_FromTheStartOfAName()
    {
        var result = Extract(
            "Oscar-nominated Clive Owen flew in on Monday.",
            "Man-of-the-match Owen said he was delighted.");

        var person = Assert.Single(result.People);
        Assert.Equal("Clive Owen", person.Name);
        Assert.Equal(["Clive Owen", "Owen"], person.MentionTexts);
    }

    [Fact]
    public void Extract_JoinsALoneSurname_ThatIsAlsoAGivenName_ToItsPerson()
    {
        var result = Extract(
            "Director Andrea Arnold won the short film prize.",
            "Arnold said she was thrilled by the award.");

        Assert.Equal(["Andrea Arnold", "Arnold"], Assert.Single(result.People).MentionTexts);
    }

    [Fact]
    public void Extract_JoinsASurnameThatOpensWithAParticle_ToTheFullName()
    {
        var result = Extract(
            "Olympic champion Hicham El Guerrouj will race in March.",
            "El Guerrouj said he was training hard, as did Robert De Niro. De Niro said so too.");

        Assert.Equal(2, result.People.Count);
        Assert.Equal(["Hicham El Guerrouj", "El Guerrouj"], result.Person("Hicham El Guerrouj").MentionTexts);
        Assert.Equal(["Robert De Niro", "De Niro"], result.Person("Robert De Niro").MentionTexts);
    }

    [Fact]
    public void Extract_KeepsTwoPeopleWithOneSurnameApart()
    {
        var result = Extract(
            "Tory leader Michael Howard spoke.",
            "Mr Howard later added there was no truth in it. Australia's PM, John Howard, won four elections.");

        Assert.Equal(["Michael Howard", "Mr Howard"], result.Person("Michael Howard").MentionTexts);
        Assert.Equal(["John Howard"], result.Person("John Howard").MentionTexts);
    }

    [Fact]
    public void Extract_KeepsAPeerage_AndAKnightsShortName()
    {
        var result = Extract(
            "Lord Nicholls of Birkenhead ruled against it, as Sir Alan Budd had.",
            "Sir Alan said he had found a chain of events.");

        Assert.Contains(result.People, p => p.Name == "Lord Nicholls of Birkenhead");
        Assert.Equal(["Sir Alan Budd", "Sir Alan"], result.Person("Sir Alan Budd").MentionTexts);
    }

    [Fact]
    public void Extract_LinksAPerson_ToAKnownPersonByNameOrAlias()
    {
        KnownPerson[] known = [new("mike-pompeo", "Mike Pompeo", ["Mr Pompeo"]), new("ben-wallace", "Ben Wallace", [])];

        var byName = SuggestionExtractor.Extract(new ArticleText("Talks", ["Mike Pompeo flew in."]), known);
        var byAlias = SuggestionExtractor.Extract(new ArticleText("Talks", ["Mr Pompeo said he would fly in."]), known);

        Assert.Equal("mike-pompeo", Assert.Single(byName.People).KnownSlug);
        Assert.Equal("mike-pompeo", Assert.Single(byAlias.People).KnownSlug);
    }

    [Fact]
    public void Extract_LinksNoKnownPerson_WhenNoneMatches()
    {
        KnownPerson[] known = [new("ben-wallace", "Ben Wallace", [])];

        var result = SuggestionExtractor.Extract(new ArticleText("Talks", ["Dominic Raab flew in."]), known);

        Assert.Null(Assert.Single(result.People).KnownSlug);
    }

    [Theory]
    [InlineData("The award went to Meryl Vandermeer and the runner-up was Kazuo Tanibe.", "Meryl Vandermeer")]
    [InlineData("Her rival Jolanda Brekovic finished third in the race.", "Jolanda Brekovic")]
    [InlineData("Critics compared the record to Otis Pellerin and his early songs.", "Otis Pellerin")]
    public void Extract_FindsAPerson_ByAnInternationalGivenName(string paragraph, string name)
    {
        var result = Extract(paragraph);

        Assert.Contains(result.People, p => p.Name == name);
    }

    [Fact]
    public void Extract_MergesAUnisexGivenName_WithAWomansHonorific()
    {
        var result = Extract("Deputy leader Nicky Halvorsen spoke on Sunday.", "Ms Halvorsen said she would stay.");

        Assert.Equal(["Nicky Halvorsen", "Ms Halvorsen"], Assert.Single(result.People).MentionTexts);
    }
}
