using NewsReader.Suggestions;
using static NewsReader.UnitTests.Suggestions.SuggestionTestText;

namespace NewsReader.UnitTests.Suggestions;

/// <summary>Words written before a name that are not part of it, as the BBC corpus showed them after accepting at 0.8.</summary>
public sealed class NameBoundaryTests
{
    [Theory]
    [InlineData("A fresh row was sparked by Blairite Tamsin Hadley being brought in over the head of the chancellor.", "Tamsin Hadley")]
    [InlineData("The figures were forecast by Chancellor of the Exchequer Tamsin Hadley in March.", "Tamsin Hadley")]
    [InlineData("Jack White played the first song of the night.", "Jack White")]
    public void AFollowersAdjective_OrTheEndOfAnOffice_IsNotPartOfTheName(string paragraph, string name)
    {
        var person = Assert.Single(Extract(paragraph).People);

        Assert.Equal(name, person.Name);
    }

    [Theory]
    [InlineData("Vote Hadley, Get Brown")]
    [InlineData("Ask Hadley what went wrong")]
    [InlineData("Blame Hadley, not the voters")]
    public void AVerbOpeningACommand_IsNotPartOfTheName(string command)
    {
        var result = Extract("Mr Hadley was in town on Friday.", $"\"I have a new slogan. {command}. That is what I am telling people on the doorstep,\" said Ann Quill.");

        var hadley = Assert.Single(result.People, p => p.Name.EndsWith("Hadley", StringComparison.Ordinal));
        Assert.Equal("Hadley", hadley.Name);
    }

    [Fact]
    public void AnInvertedSubject_ReadsThroughAnOfficeWithOfThe()
    {
        var quote = Extract("\"It is a step for debt relief,\" said UK Chancellor of the Exchequer Tamsin Hadley.").Quotes.Single();

        Assert.Equal("Tamsin Hadley", quote.PersonName);
    }
}
