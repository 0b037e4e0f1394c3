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

    [Fact]
    public async Task Get_PageBeyondTheEnd_Is404()
    {
        var response = await _factory.CreateClient().GetAsync("/?page=9");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
