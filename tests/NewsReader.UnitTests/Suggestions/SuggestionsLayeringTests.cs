using NetArchTest.Rules;
using NewsReader.Web.Suggestions;

namespace NewsReader.UnitTests.Suggestions;

/// <summary>The suggestion engine is pure: no EF Core, no ASP.NET, no database, so it runs anywhere text is.</summary>
public sealed class SuggestionsLayeringTests
{
    [Fact]
    public void Suggestions_UseNoDatabaseOrWebTypes()
    {
        var result = Types.InAssembly(typeof(SuggestionExtractor).Assembly)
            .That().ResideInNamespaceStartingWith("NewsReader.Web.Suggestions")
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Microsoft.Data.Sqlite", "NewsReader.Web.Data")
            .GetResult();

        Assert.True(result.IsSuccessful, "Offending types: " + string.Join(", ", result.FailingTypeNames ?? []));
    }
}
