using NewsReader.Web.Search;

namespace NewsReader.UnitTests.Search;

public sealed class FtsQueryTests
{
    [Theory]
    [InlineData("Huawei 5G", "\"huawei\" \"5g\"")]
    [InlineData("\"unbalanced quote", "\"unbalanced\" \"quote\"")]
    [InlineData("pomp* -wallace AND (raab OR NEAR(x y))", "\"pomp\" \"wallace\" \"and\" \"raab\" \"or\" \"near\" \"x\" \"y\"")]
    [InlineData("Zoë café", "\"zoë\" \"café\"")]
    [InlineData("שלום עולם", "\"שלום\" \"עולם\"")]
    [InlineData("\U0001F600 smile", "\"smile\"")]
    public void AllWords_QuotesEveryWord_SoSyntaxInTheInputIsJustText(string input, string expected)
    {
        Assert.Equal(expected, FtsQuery.AllWords(input));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("*** --- ((( )))")]
    [InlineData("\"\"")]
    public void AllWords_NoWords_IsNull(string input)
    {
        Assert.Null(FtsQuery.AllWords(input));
    }

    [Fact]
    public void Terms_AreCappedInCountAndLength()
    {
        var terms = FtsQuery.Terms(string.Join(' ', Enumerable.Range(0, 100).Select(i => new string('a', 200) + i)));

        Assert.Equal(FtsQuery.MaxTerms, terms.Count);
        Assert.All(terms, t => Assert.True(t.Length <= FtsQuery.MaxTermLength));
    }

    [Fact]
    public void AnyWord_JoinsTheWordsWithOr()
    {
        Assert.Equal("\"blair\" OR \"election\"", FtsQuery.AnyWord("Blair (election)"));
        Assert.Null(FtsQuery.AnyWord("--"));
    }

    [Fact]
    public void AnyPhrase_JoinsNamesAsQuotedPhrases()
    {
        Assert.Equal("\"mike pompeo\" OR \"mr pompeo\"", FtsQuery.AnyPhrase(["Mike Pompeo", "Mr. Pompeo", "mike   POMPEO"]));
        Assert.Null(FtsQuery.AnyPhrase(["...", ""]));
    }
}
