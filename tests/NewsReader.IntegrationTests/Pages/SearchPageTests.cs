using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsReader.IntegrationTests.Infrastructure;

namespace NewsReader.IntegrationTests.Pages;

public sealed class SearchPageTests : IAsyncLifetime, IDisposable
{
    private readonly NewsReaderFactory _factory = new();
    private HttpClient _api = null!;

    public async Task InitializeAsync()
    {
        _api = _factory.CreateTokenClient(await _factory.CreateUserAsync("Sam", admin: true));
        await Tag(Seed.QuoteText, "quote", new { name = "Mike Pompeo" });
        await Tag("5G network", "topic", topic: new { name = "5G" });
        await _api.PatchAsJsonAsync("/api/people/mike-pompeo", new { aliases = new[] { "Mr Pompeo", "Pompeo" } });
        await _factory.ImportAsync("wallace.txt", "Defence review published\n\nBen Wallace said the review would protect the armed forces.\n\nThe review is long.");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("pompeo")]
    [InlineData("Mr Pompeo")]
    [InlineData("pompeio")]
    [InlineData("MIKE POMPÉO")]
    public async Task Search_FindsThePerson_ByNameAliasOrCloseSpelling(string query)
    {
        var page = await _factory.CreateClient().GetDocumentAsync($"/search?q={Uri.EscapeDataString(query)}");

        Assert.Equal("Mike Pompeo", page.QuerySelector(".search-people li a")!.TextContent);
        Assert.Equal("/people/mike-pompeo", page.QuerySelector(".search-people li a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Search_ShowsSectionsInOrder_PeopleTopicsQuotesArticles()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/search?q=share information");

        var quote = page.QuerySelector(".search-quotes li a")!;
        Assert.Equal($"\u201c{Seed.QuoteText}\u201d", quote.TextContent);
        Assert.StartsWith($"/articles/{Seed.Slug}#h-", quote.GetAttribute("href"));
        Assert.Equal(Seed.Url, page.QuerySelector(".search-articles h3 a")!.GetAttribute("href"));
        var headings = page.QuerySelectorAll(".search-section h2").Select(h => h.Id).ToList();
        Assert.Equal(["quotes-heading", "articles-heading"], headings);
    }

    [Fact]
    public async Task Search_Articles_AreRankedWithMatchingWordsMarkedInTheSnippet()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/search?q=review");

        var first = page.QuerySelector(".search-articles li")!;
        Assert.Equal("Defence review published", first.QuerySelector("h3")!.TextContent);
        Assert.Contains(first.QuerySelectorAll(".snippet mark"), m => m.TextContent.Equals("review", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Search_Articles_ArePaged()
    {
        for (var i = 0; i < 25; i++)
        {
            await _factory.ImportAsync($"zebra/{i}.txt", $"Zebra story {i}\n\nA zebra crossed the road number {i}.");
        }

        var client = _factory.CreateClient();
        var first = await client.GetDocumentAsync("/search?q=zebra");
        var second = await client.GetDocumentAsync("/search?q=zebra&page=2");

        Assert.Equal(20, first.QuerySelectorAll(".search-articles li").Length);
        Assert.Equal(5, second.QuerySelectorAll(".search-articles li").Length);
        Assert.Equal("/search?q=zebra&page=2", first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Api_ReturnsTheContractShape()
    {
        var json = await _factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/search?q=pompeo");

        var person = json.GetProperty("people")[0];
        Assert.Equal("mike-pompeo", person.GetProperty("slug").GetString());
        Assert.Contains("Mr Pompeo", person.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(JsonValueKind.Array, json.GetProperty("topics").ValueKind);
        var articles = json.GetProperty("articles");
        Assert.True(articles.GetProperty("total").GetInt32() >= 1);
        var item = articles.GetProperty("items")[0];
        Assert.Equal(Seed.Slug, item.GetProperty("slug").GetString());
        Assert.Contains("<mark>Pompeo</mark>", item.GetProperty("snippet").GetString());
        var quotes = await _factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/search?q=share");
        var quote = quotes.GetProperty("quotes")[0];
        Assert.Equal(Seed.QuoteText, quote.GetProperty("exact").GetString());
        Assert.Equal("mike-pompeo", quote.GetProperty("person").GetProperty("slug").GetString());
        Assert.Equal(Seed.Slug, quote.GetProperty("article").GetProperty("slug").GetString());
        Assert.True(quote.GetProperty("annotationId").GetInt32() > 0);
    }

    [Fact]
    public async Task Index_FollowsArticleChanges_UpdateAndDelete()
    {
        var path = "changing.txt";
        await _factory.ImportAsync(path, "Changing story\n\nThe aardvark slept.");
        await _factory.ImportAsync(path, "Changing story\n\nThe okapi woke.");
        var afterUpdate = await _factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/search?q=aardvark");
        var found = await _factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/search?q=okapi");
        await using (var db = _factory.CreateDbContext())
        {
            await db.Articles.Where(a => a.SourcePath == path).ExecuteDeleteAsync();
        }

        var afterDelete = await _factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/search?q=okapi");

        Assert.Equal(0, afterUpdate.GetProperty("articles").GetProperty("total").GetInt32());
        Assert.Equal(1, found.GetProperty("articles").GetProperty("total").GetInt32());
        Assert.Equal(0, afterDelete.GetProperty("articles").GetProperty("total").GetInt32());
    }

    private async Task Tag(string exact, string kind, object? person = null, object? topic = null)
    {
        var response = await _api.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", await Seed.AnnotationFor(_api, exact, kind, person, topic));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}

/// <summary>Hostile queries against one shared app (read-only requests, so they need no isolation).</summary>
public sealed class HostileSearchTests(HostileSearchTests.App app) : IClassFixture<HostileSearchTests.App>
{
    private readonly NewsReaderFactory _app = app;

    public static TheoryData<string> HostileQueries => new()
    {
        "\"", "\"\"\"", "*", "-", "- pompeo", "pompeo*", "AND", "OR OR", "NOT", "NEAR(a b)", "(", ")", "((huawei", "huawei)",
        "title:huawei", "^huawei", "{a b}", "a + b", "'; DROP TABLE Articles; --", "%", "_", "\\", "<script>alert(1)</script>",
        "\U0001F600\U0001F4A9", "שלום Pompeo", "مرحبا", "\u202Eevil", "\0", "a\u0000b", new string('x', 10_000), "5G AND (Huawei OR \"Ben",
    };

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task HostileQueries_NeverFail(string query)
    {
        var client = _app.CreateClient();
        var url = Uri.EscapeDataString(query);

        var page = await client.GetAsync($"/search?q={url}");
        var api = await client.GetAsync($"/api/search?q={url}");

        Assert.Contains(page.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.RequestUriTooLong });
        Assert.Contains(api.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.RequestUriTooLong });
        if (page.StatusCode == HttpStatusCode.OK)
        {
            var document = await page.ToDocumentAsync();
            Assert.Empty(document.QuerySelectorAll("main script"));
            Assert.Equal(query.Length > 500, document.QuerySelector(".notice") is not null);
        }
    }

    public sealed class App : NewsReaderFactory;
}
