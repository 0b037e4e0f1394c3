using NetArchTest.Rules;
using NewsReader.Suggestions;

namespace NewsReader.UnitTests.Suggestions;

/// <summary>
/// The suggestion engine is pure: no EF Core, no ASP.NET, no database, nothing of the web app, so it runs
/// anywhere text is. It is its own assembly, so the check is on every type in it and on what it references.
/// </summary>
public sealed class SuggestionsLayeringTests
{
    [Fact]
    public void Suggestions_UseNoDatabaseOrWebTypes()
    {
        var result = Types.InAssembly(typeof(SuggestionExtractor).Assembly)
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Microsoft.Data.Sqlite", "NewsReader.Web")
            .GetResult();

        Assert.True(result.IsSuccessful, "Offending types: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void SuggestionsAssembly_ReferencesOnlyTheBaseClassLibrary()
    {
        var others = typeof(SuggestionExtractor).Assembly.GetReferencedAssemblies()
            .Select(reference => reference.Name ?? "")
            .Where(name => name != "System" && !name.StartsWith("System.", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(others);
    }

    [Fact]
    public void SuggestionsAssembly_HoldsTheExtractor()
    {
        // A control: the rules above over an empty selection would pass and prove nothing.
        var types = Types.InAssembly(typeof(SuggestionExtractor).Assembly).That().ResideInNamespace("NewsReader.Suggestions").GetTypes();

        Assert.Contains(types, type => type == typeof(SuggestionExtractor));
        Assert.Contains(types, type => type == typeof(NameKey));
    }
}
