using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsReader.IntegrationTests.Infrastructure;
using NewsReader.IntegrationTests.Pages.People;

namespace NewsReader.IntegrationTests.Pages;

/// <summary>
/// Issue 10, finding 7: page=2147483647 served page 1's items under that page number, because
/// (page - 1) * size wrapped around. The API answers a page past the end with no items and the real
/// total, and a page below 1 with a 400; the HTML lists show their last page or their first.
/// </summary>
public sealed class PagingTests(PagingTests.App app) : IClassFixture<PagingTests.App>
{
    private const int Max = int.MaxValue;

    [Theory]
    [InlineData("/api/articles?page=2147483647", Max)]
    [InlineData("/api/articles?page=2147483647&pageSize=100", Max)]
    [InlineData("/api/articles?page=1073741825&pageSize=2", 1073741825)] // (page - 1) * 2 is 2^31 exactly
    [InlineData("/api/suggestions?page=2147483647", Max)]
    [InlineData("/api/suggestions?page=2147483647&pageSize=100", Max)]
    public async Task Api_PagePastTheEnd_IsEmptyAndLabelledWithTheRealTotal(string url, int page)
    {
        await app.ReadyAsync();

        var json = await app.CreateClient().GetFromJsonAsync<JsonElement>(url);

        Assert.Equal(page, json.GetProperty("page").GetInt32());
        Assert.True(json.GetProperty("total").GetInt32() > 0);
        Assert.Empty(json.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task ApiSearch_PagePastTheEnd_HasNoArticlesButTheRealTotal()
    {
        await app.ReadyAsync();

        var articles = (await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/search?q=zebra&page=2147483647")).GetProperty("articles");

        Assert.Equal(Max, articles.GetProperty("page").GetInt32());
        Assert.Equal(25, articles.GetProperty("total").GetInt32());
        Assert.Empty(articles.GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("/api/articles?page=2&pageSize=20", 6)]
    [InlineData("/api/search?q=zebra&page=2", 5)]
    public async Task Api_LastPage_StillHasItsItems(string url, int count)
    {
        await app.ReadyAsync();

        var json = await app.CreateClient().GetFromJsonAsync<JsonElement>(url);
        var items = json.TryGetProperty("articles", out var articles) ? articles.GetProperty("items") : json.GetProperty("items");

        Assert.Equal(count, items.GetArrayLength());
    }

    [Theory]
    [InlineData("/api/articles?page=0")]
    [InlineData("/api/articles?page=-2147483648")]
    [InlineData("/api/suggestions?page=0")]
    [InlineData("/api/suggestions?page=-1")]
    [InlineData("/api/search?q=zebra&page=0")]
    [InlineData("/api/search?q=zebra&page=-2147483648")]
    [InlineData("/api/articles?page=2147483648")]
    public async Task Api_PageBelowOneOrNotAnInt_Is400SayingSo(string url)
    {
        await app.ReadyAsync();

        var response = await app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("page", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/?page=2147483647", ".article-item", 6)]
    [InlineData("/?page=-2147483648", ".article-item", 20)]
    [InlineData("/search?q=zebra&page=2147483647", ".search-articles li", 5)]
    [InlineData("/search?q=zebra&page=-5", ".search-articles li", 20)]
    public async Task HtmlList_PageOutOfRange_ShowsTheLastOrFirstPageLabelledSo(string url, string items, int count)
    {
        await app.ReadyAsync();

        var response = await app.CreateClient().GetAsync(url);
        var page = await response.ToDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(count, page.QuerySelectorAll(items).Length);
        Assert.Contains(count == 20 ? "Page 1 of 2" : "Page 2 of 2", page.QuerySelector(".pager")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(count == 20 ? "1" : "21", page.QuerySelector("ol[start]")!.GetAttribute("start"));
        AssertNoPageNumberInMain(page);
    }

    [Theory]
    [InlineData("/people?page=2147483647")]
    [InlineData("/review?page=2147483647")]
    public async Task HtmlList_PageFarPastTheEnd_ShowsItsRowsUnderARealPage(string url)
    {
        await app.ReadyAsync();

        var response = await app.CreateClient().GetAsync(url);
        var page = await response.ToDocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(url.StartsWith("/people", StringComparison.Ordinal) ? "Mike Pompeo" : "Pompeo", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        AssertNoPageNumberInMain(page);
    }

    // The list's own content names no such page; sign-in links rightly return to the address asked for.
    private static void AssertNoPageNumberInMain(AngleSharp.Dom.IDocument page)
    {
        var main = page.QuerySelector("main")!;
        foreach (var signIn in main.QuerySelectorAll("a[href^='/account/login']"))
        {
            signIn.Remove();
        }

        Assert.DoesNotContain("2147483647", main.InnerHtml, StringComparison.Ordinal);
    }

    /// <summary>The seed (with its pending suggestions), 25 more articles and one tagged person.</summary>
    public sealed class App : NewsReaderFactory
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private bool _ready;

        public async Task ReadyAsync()
        {
            await _gate.WaitAsync();
            try
            {
                if (!_ready)
                {
                    for (var i = 0; i < 25; i++)
                    {
                        await this.ImportAsync($"zebra/{i}.txt", $"Zebra story {i}\n\nA zebra crossed the road number {i}.");
                    }

                    var api = this.CreateTokenClient(await this.CreateUserAsync("Pia"));
                    await api.TagAsync(Seed.Slug, "Mike Pompeo", "person", person: new { name = "Mike Pompeo" });
                    _ready = true;
                }
            }
            finally
            {
                _gate.Release();
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _gate.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
