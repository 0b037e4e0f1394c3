using System.Net;
using NewsReader.IntegrationTests.Infrastructure;

namespace NewsReader.IntegrationTests.Pages;

public sealed class IndexPageTests : IDisposable
{
    private readonly NewsReaderFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Get_ListsTheSeedArticle_WithExcerptAndWordCount()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/");

        var item = Assert.Single(page.QuerySelectorAll(".article-item"));
        var link = item.QuerySelector("h2 a")!;
        Assert.Equal("Mike Pompeo flies to UK for talks amid US Huawei concern", link.TextContent);
        Assert.Equal("/articles/mike-pompeo-flies-to-uk-for-talks-amid-us-huawei-concern", link.GetAttribute("href"));
        Assert.StartsWith("US Secretary of State Mike Pompeo", item.QuerySelector(".excerpt")!.TextContent);
        Assert.Equal("397 words", item.QuerySelector(".meta")!.TextContent.Trim());
    }

    [Fact]
    public async Task Get_PagesTwentyAtATime_NewestFirst()
    {
        for (var i = 1; i <= 25; i++)
        {
            await _factory.ImportAsync($"paging/{i:00}.txt", $"Paging story {i:00}\n\nBody of story {i:00}.");
        }

        var client = _factory.CreateClient();
        var first = await client.GetDocumentAsync("/");
        var second = await client.GetDocumentAsync("/?page=2");

        var firstTitles = first.QuerySelectorAll(".article-item h2").Select(h => h.TextContent).ToList();
        Assert.Equal(20, firstTitles.Count);
        Assert.Equal("Paging story 25", firstTitles[0]);
        Assert.Equal("/?page=2", first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
        var secondTitles = second.QuerySelectorAll(".article-item h2").Select(h => h.TextContent).ToList();
        Assert.Equal(6, secondTitles.Count);
        Assert.Equal("Mike Pompeo flies to UK for talks amid US Huawei concern", secondTitles[^1]);
        Assert.Null(second.QuerySelector(".pager a[rel=next]"));
        Assert.Contains("Page 2 of 2", second.QuerySelector(".pager")!.TextContent);
    }

    [Theory]
    [InlineData("/?page=9")]
    [InlineData("/?page=2147483647")]
    public async Task Get_PageBeyondTheEnd_ShowsTheLastPage(string url)
    {
        var response = await _factory.CreateClient().GetAsync(url);
        var page = await response.ToDocumentAsync();

        // Like every HTML list (see README): the last page, labelled as such, not an error.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1", page.QuerySelector(".article-list")!.GetAttribute("start"));
        Assert.Single(page.QuerySelectorAll(".article-item"));
    }
}
