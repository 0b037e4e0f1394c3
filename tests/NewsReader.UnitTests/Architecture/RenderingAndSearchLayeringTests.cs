using NetArchTest.Rules;
using NewsReader.Web.Rendering;
using NewsReader.Web.Search;

namespace NewsReader.UnitTests.Architecture;

/// <summary>The renderers and the name ranker are pure: no EF Core, no ASP.NET, no database.</summary>
public sealed class RenderingAndSearchLayeringTests
{
    private static readonly string[] Forbidden =
        ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Microsoft.Data.Sqlite", "NewsReader.Web.Data"];

    [Theory]
    [InlineData(typeof(HighlightRenderer))]
    [InlineData(typeof(HighlightSpan))]
    [InlineData(typeof(MarkdownRenderer))]
    [InlineData(typeof(NameRanker))]
    public void PureType_UsesNoDatabaseOrWebTypes(Type type)
    {
        var result = Types.InAssembly(type.Assembly)
            .That().HaveName(type.Name)
            .ShouldNot().HaveDependencyOnAny(Forbidden)
            .GetResult();

        Assert.True(result.IsSuccessful, "Offending types: " + string.Join(", ", result.FailingTypeNames ?? []));
    }
}
