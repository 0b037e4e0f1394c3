using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsReader.IntegrationTests.Infrastructure;
using NewsReader.Web.Pages.Articles;

namespace NewsReader.IntegrationTests.Pages.Articles;

/// <summary>An article's annotation activity: newest first, paged, each entry linking to its annotation's history.</summary>
public sealed class ActivityPageTests : IDisposable
{
    private readonly NewsReaderFactory _factory = new NewsReaderFactory().With("Ingestion:Suggest", "false");

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Activity_OneMoreThanAPage_NewestFirst_TheOldestOnPageTwo()
    {
        var api = _factory.CreateTokenClient(await _factory.CreateUserAsync("Ada"));
        var created = await api.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", await Seed.AnnotationFor(api, "Ben Wallace", "person", person: new { name = "Ben Wallace" }));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        for (var i = 1; i <= ActivityModel.PageSize; i++)
        {
            Assert.True((await api.PatchAsJsonAsync($"/api/annotations/{id}", new { note = $"note {i}" })).IsSuccessStatusCode);
        }

        var client = _factory.CreateClient();
        var first = await client.GetDocumentAsync($"{Seed.Url}/activity");
        var next = first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        var second = await client.GetDocumentAsync(next);

        var firstEntries = first.QuerySelectorAll(".history-entry");
        Assert.Equal(ActivityModel.PageSize, firstEntries.Length);
        Assert.All(firstEntries, e => Assert.Equal("edited", e.GetAttribute("data-action")));
        Assert.Equal($"{Seed.Url}/activity?page=2", next);
        var oldest = Assert.Single(second.QuerySelectorAll(".history-entry"));
        Assert.Equal("created", oldest.GetAttribute("data-action"));
        Assert.Equal("Ada", oldest.QuerySelector(".history-who")!.TextContent);
        var link = oldest.QuerySelector(".history-exact a")!;
        Assert.Equal($"/annotations/{id}/history", link.GetAttribute("href"));
        Assert.Contains("Ben Wallace", link.TextContent, StringComparison.Ordinal);
        Assert.Null(second.QuerySelector(".pager a[rel=next]"));
    }

    [Fact]
    public async Task Activity_NothingTagged_SaysSo()
    {
        var page = await _factory.CreateClient().GetDocumentAsync($"{Seed.Url}/activity");

        Assert.NotNull(page.QuerySelector(".empty"));
        Assert.Empty(page.QuerySelectorAll(".history-entry"));
    }

    [Fact]
    public async Task Activity_UnknownArticle_Is404()
    {
        var response = await _factory.CreateClient().GetAsync("/articles/no-such-article/activity");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
