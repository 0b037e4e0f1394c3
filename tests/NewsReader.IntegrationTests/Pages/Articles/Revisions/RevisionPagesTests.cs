using System.Net;
using NewsReader.IntegrationTests.Infrastructure;

namespace NewsReader.IntegrationTests.Pages.Articles.Revisions;

/// <summary>The revision list, one revision's text and the word-level comparison, after the seed was edited once.</summary>
public sealed class RevisionPagesTests : IAsyncLifetime, IDisposable
{
    private static readonly string SeedPath = Path.GetFileName(TestFolder.SeedFile);
    private static readonly string SeedText = File.ReadAllText(TestFolder.SeedFile);
    private const string Url = Seed.Url + "/revisions";
    private readonly NewsReaderFactory _factory = new NewsReaderFactory().With("Ingestion:Suggest", "false");

    public async Task InitializeAsync()
    {
        _ = _factory.Server; // the seed is ingested at start-up, as revision 1
        var edited = SeedText
            .Replace("Mike Pompeo flies to UK", "Mike Pompeo flies to London", StringComparison.Ordinal)
            .Replace("has denied the decision will affect", "has denied the decision would affect", StringComparison.Ordinal)
            + "\n\n<b>A paragraph</b> added by the correction.";
        await _factory.ImportAsync(SeedPath, edited);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task List_AfterAnEdit_ShowsBothRevisionsNewestFirst_LinkingToEach()
    {
        var page = await _factory.CreateClient().GetDocumentAsync(Url);

        var items = page.QuerySelectorAll(".revision-item");
        Assert.Equal(["2", "1"], items.Select(i => i.GetAttribute("data-revision")));
        Assert.Contains("(current)", items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Mike Pompeo flies to London", items[0].QuerySelector(".revision-title")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Mike Pompeo flies to UK", items[1].QuerySelector(".revision-title")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"{Url}/1", items[1].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal($"{Url}/1/compare", items[1].QuerySelector("a.compare-link")!.GetAttribute("href"));
        Assert.NotNull(items[0].QuerySelector("time[datetime]"));
    }

    [Fact]
    public async Task RevisionOne_ShowsTheOldText_WithLinksOnward()
    {
        var page = await _factory.CreateClient().GetDocumentAsync($"{Url}/1");

        Assert.Equal("Mike Pompeo flies to UK for talks amid US Huawei concern", page.QuerySelector("h1")!.TextContent);
        var body = page.QuerySelector(".article-body")!.TextContent;
        Assert.Contains("has denied the decision will affect", body, StringComparison.Ordinal);
        Assert.DoesNotContain("added by the correction", body, StringComparison.Ordinal);
        Assert.Equal($"{Url}/1/compare", page.QuerySelector("a.compare-link")!.GetAttribute("href"));
        Assert.Equal($"{Url}/2", page.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector("a[rel=prev]"));
    }

    [Fact]
    public async Task CurrentRevision_IsTheArticlesText_HtmlEncoded_WithNoCompareLink()
    {
        var page = await _factory.CreateClient().GetDocumentAsync($"{Url}/2");

        Assert.Contains("<b>A paragraph</b> added by the correction.", page.QuerySelector(".article-body")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll(".article-body b"));
        Assert.Null(page.QuerySelector("a.compare-link"));
        Assert.Equal($"{Url}/1", page.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Compare_MarksTheChangedWords_InTitleAndText_AndTheNewParagraph()
    {
        var page = await _factory.CreateClient().GetDocumentAsync($"{Url}/1/compare");

        var title = page.QuerySelector("h1")!;
        Assert.Contains("UK", title.QuerySelector("del")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("London", title.QuerySelector("ins")!.TextContent, StringComparison.Ordinal);
        var changed = Assert.Single(page.QuerySelectorAll(".diff-changed"));
        Assert.Equal("[removed: will]", changed.QuerySelector("del")!.TextContent);
        Assert.Equal("[added: would]", changed.QuerySelector("ins")!.TextContent);
        Assert.Contains("has denied the decision", changed.TextContent, StringComparison.Ordinal);
        var added = Assert.Single(page.QuerySelectorAll(".diff-added"));
        Assert.Contains("<b>A paragraph</b> added", added.QuerySelector("ins")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll(".diff-body b"));
        Assert.Empty(page.QuerySelectorAll(".diff-removed"));
        Assert.NotNull(page.QuerySelector(".diff-legend"));
    }

    [Theory]
    [InlineData(Url + "/3")]
    [InlineData(Url + "/0")]
    [InlineData(Url + "/2/compare")]
    [InlineData(Url + "/0/compare")]
    [InlineData(Url + "/-1/compare")]
    [InlineData("/articles/no-such-article/revisions")]
    [InlineData("/articles/no-such-article/revisions/1")]
    [InlineData("/articles/no-such-article/revisions/1/compare")]
    public async Task UnknownArticleOrRevision_Is404(string url)
    {
        var response = await _factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
