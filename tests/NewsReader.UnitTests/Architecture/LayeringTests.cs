using NetArchTest.Rules;
using NewsReader.Web.Anchoring;
using NewsReader.Web.Domain;
using NewsReader.Web.Ingestion;

namespace NewsReader.UnitTests.Architecture;

/// <summary>Pure code stays pure: the domain, the parsing rules, the re-anchoring core and the text diff use no EF Core and no ASP.NET.</summary>
public sealed class LayeringTests
{
    private static readonly string[] Frameworks = ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Microsoft.Data.Sqlite"];

    [Fact]
    public void Domain_UsesNoDatabaseOrWebTypes()
    {
        var result = Types.InAssembly(typeof(Article).Assembly)
            .That().ResideInNamespace("NewsReader.Web.Domain")
            .ShouldNot().HaveDependencyOnAny(Frameworks)
            .GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void Anchoring_UsesNoDatabaseOrWebTypes()
    {
        var result = Types.InAssembly(typeof(SpanAnchorer).Assembly)
            .That().ResideInNamespaceStartingWith("NewsReader.Web.Anchoring")
            .ShouldNot().HaveDependencyOnAny([.. Frameworks, "NewsReader.Web.Data"])
            .GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void Diffing_UsesNoDatabaseOrWebTypes()
    {
        var result = Types.InAssembly(typeof(NewsReader.Web.Diffing.WordDiff).Assembly)
            .That().ResideInNamespaceStartingWith("NewsReader.Web.Diffing")
            .ShouldNot().HaveDependencyOnAny([.. Frameworks, "NewsReader.Web.Data"])
            .GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Theory]
    [InlineData(typeof(ArticleParser))]
    [InlineData(typeof(CaptionRules))]
    [InlineData(typeof(SlugMaker))]
    [InlineData(typeof(ArticleFileFinder))]
    public void PureIngestionCode_UsesNoDatabaseOrWebTypes(Type type)
    {
        var result = Types.InAssembly(type.Assembly)
            .That().HaveName(type.Name)
            .ShouldNot().HaveDependencyOnAny([.. Frameworks, "NewsReader.Web.Data"])
            .GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void Pages_DoNotReachIntoAnotherPagesFolder()
    {
        var result = Types.InAssembly(typeof(Article).Assembly)
            .That().ResideInNamespace("NewsReader.Web.Pages.Articles")
            .ShouldNot().HaveDependencyOnAny("NewsReader.Web.Pages.IndexModel", "NewsReader.Web.Pages.StatusModel")
            .GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void Rule_DetectsADependencyWhereThereIsOne()
    {
        // A control: the same rule over the data layer must fail, or the checks above prove nothing.
        var result = Types.InAssembly(typeof(Article).Assembly)
            .That().ResideInNamespace("NewsReader.Web.Data")
            .ShouldNot().HaveDependencyOnAny(Frameworks)
            .GetResult();

        Assert.False(result.IsSuccessful);
    }

    private static string Failing(TestResult result) =>
        "Offending types: " + string.Join(", ", result.FailingTypeNames ?? []);
}
