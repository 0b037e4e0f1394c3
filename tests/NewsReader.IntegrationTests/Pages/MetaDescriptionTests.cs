using NewsReader.IntegrationTests.Infrastructure;

namespace NewsReader.IntegrationTests.Pages;

/// <summary>Search engines and link previews show a page's meta description (Lighthouse's SEO audit asks for one).</summary>
public sealed class MetaDescriptionTests : IDisposable
{
    private readonly NewsReaderFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ArticlePage_DescribesItselfWithTheStartOfItsFirstParagraphOfText()
    {
        var client = _factory.CreateClient();
        var first = (await Seed.ParagraphsAsync(client)).Select(p => p.Text).First(t => t.Length >= 40); // not "Image copyright"

        var document = await client.GetDocumentAsync(Seed.Url);

        var description = document.QuerySelector("meta[name=description]")?.GetAttribute("content");
        Assert.NotNull(description);
        Assert.InRange(description.Length, 40, 161);
        Assert.StartsWith(description.TrimEnd('\u2026'), first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HomePage_HasADescription_AndPagesWithoutOneGetNoEmptyTag()
    {
        var client = _factory.CreateClient();

        var home = await client.GetDocumentAsync("/");
        var login = await client.GetDocumentAsync("/account/login");

        Assert.False(string.IsNullOrWhiteSpace(home.QuerySelector("meta[name=description]")?.GetAttribute("content")));
        Assert.Null(login.QuerySelector("meta[name=description]"));
    }
}
