using System.Net;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using NewsReader.IntegrationTests.Infrastructure;
using NewsReader.IntegrationTests.Pages.People;

namespace NewsReader.IntegrationTests.Pages.Topics;

/// <summary>/topics and /topics/{slug}: tagged spans by article, the quotes on a topic and who is quoted on it.</summary>
public sealed class TopicPagesTests : IAsyncLifetime, IDisposable
{
    private const string PompeoSentence = "Mr Pompeo previously said Huawei equipment posed a spying risk";
    private readonly NewsReaderFactory _factory = new();
    private TestUser _admin = null!;
    private HttpClient _api = null!;

    public async Task InitializeAsync()
    {
        _api = _factory.CreateTokenClient(await _factory.CreateUserAsync("Tia"));
        _admin = await _factory.CreateUserAsync("Ada", admin: true);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Index_ListsTopicsWithSpanAndArticleCounts_MostTaggedFirst_AndFilters()
    {
        var other = await _factory.ImportAsync("topics/other.txt", "Huawei again\n\nHuawei answered the critics.");
        await _api.TagAsync(Seed.Slug, "Huawei", "topic", topic: new { name = "Huawei" });
        await _api.TagAsync(Seed.Slug, "Huawei", "topic", topic: new { slug = "huawei" }, within: PompeoSentence);
        await _api.TagAsync(other.Slug, "Huawei", "topic", topic: new { slug = "huawei" });
        await _api.TagAsync(Seed.Slug, "5G network", "topic", topic: new { name = "5G" });

        var all = await _factory.CreateClient().GetDocumentAsync("/topics");
        var filtered = await _factory.CreateClient().GetDocumentAsync("/topics?q=HUAWEÍ");
        var none = await _factory.CreateClient().GetDocumentAsync("/topics?q=weather");

        Assert.Equal([("Huawei", "3", "2"), ("5G", "1", "1")], Rows(all));
        Assert.Equal("/topics/huawei", all.QuerySelector("tbody a")!.GetAttribute("href"));
        Assert.Equal([("Huawei", "3", "2")], Rows(filtered));
        Assert.Empty(Rows(none));
        Assert.Equal("No topic is called \u201cweather\u201d.", none.QuerySelector(".empty")!.TextContent);
    }

    [Fact]
    public async Task Index_WithNoTopics_SaysHowTheyAppear()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/topics");

        Assert.Null(page.QuerySelector("table"));
        Assert.Contains("once text in an article is tagged", page.QuerySelector(".empty")!.TextContent);
    }

    [Fact]
    public async Task Details_GroupsSpansByArticle_ListsQuotesInTheTopicsParagraphs_AndWhoSaidThem()
    {
        var other = await _factory.ImportAsync("topics/second.txt", "Second story\n\nHuawei answered, said a spokesman.");
        var first = await _api.TagAsync(Seed.Slug, "Huawei", "topic", topic: new { name = "Huawei" }, within: PompeoSentence);
        await _api.TagAsync(other.Slug, "Huawei", "topic", topic: new { slug = "huawei" });
        var quote = await _api.TagAsync(Seed.Slug, PompeoSentence, "quote", new { name = "Mike Pompeo" });
        await _api.TagAsync(Seed.Slug, "statement leaves many concerns", "quote", new { name = "Tom Tugendhat" }); // no Huawei tag there
        await _api.TagAsync(other.Slug, "Huawei answered", "quote", new { name = "A spokesman" });

        var page = await _factory.CreateClient().GetDocumentAsync("/topics/huawei");

        Assert.Equal("2 tagged spans in 2 articles", page.QuerySelector(".topic-counts")!.TextContent);
        Assert.Equal([$"/articles/{other.Slug}", $"/articles/{Seed.Slug}"], page.QuerySelectorAll("#tagged h3 a").Select(a => a.GetAttribute("href")));
        Assert.NotNull(page.QuerySelector($"#tagged li a[href='/articles/{Seed.Slug}#h-{first}']"));
        Assert.Equal("Huawei", page.QuerySelector($"#tagged li a[href='/articles/{Seed.Slug}#h-{first}'] mark")!.TextContent);
        var quotes = page.QuerySelectorAll("#quotes li.quote-item");
        Assert.Equal(2, quotes.Length);
        Assert.Contains(quotes, q => q.QuerySelector("a.highlight-link")!.GetAttribute("href") == $"/articles/{Seed.Slug}#h-{quote}");
        Assert.DoesNotContain(quotes, q => q.TextContent.Contains("Tugendhat", StringComparison.Ordinal));
        Assert.Equal(["/people/a-spokesman", "/people/mike-pompeo"], page.QuerySelectorAll("#speakers li a").Select(a => a.GetAttribute("href")));
        Assert.All(page.QuerySelectorAll("#speakers .count"), c => Assert.Equal("1 quote", c.TextContent));
    }

    [Fact]
    public async Task Details_AdminFormsRenameAndMerge_AndTheOldAddressRedirects()
    {
        await _api.TagAsync(Seed.Slug, "5G network", "topic", topic: new { name = "5G" });
        await _api.TagAsync(Seed.Slug, "Huawei 5G deal", "topic", topic: new { name = "Fifth generation" });
        var admin = await _factory.CreateSignedInClientAsync(_admin);

        var renamed = await admin.SubmitFormAsync("/topics/5g", "#edit-topic", new Dictionary<string, string> { ["name"] = "5G networks" });
        var merged = await admin.SubmitFormAsync("/topics/fifth-generation", "#merge-topic", new Dictionary<string, string> { ["into"] = "5g" });
        var page = await merged.ToDocumentAsync();
        var old = await _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/topics/fifth-generation");

        Assert.Equal("5G networks", (await renamed.ToDocumentAsync()).QuerySelector("h1")!.TextContent);
        Assert.Equal("/topics/5g", merged.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("2 tagged spans in 1 article", page.QuerySelector(".topic-counts")!.TextContent);
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/topics/5g", old.Headers.Location!.OriginalString);
        Assert.Null((await _factory.CreateClient().GetDocumentAsync("/topics/5g")).QuerySelector("#edit-topic"));
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.CreateClient().GetAsync("/topics/no-such-topic")).StatusCode);
    }

    private static List<(string Name, string Spans, string Articles)> Rows(IDocument page) =>
        [.. page.QuerySelectorAll("tbody tr").Select(r => (r.QuerySelector("td a")!.TextContent, r.QuerySelector("td.spans")!.TextContent, r.QuerySelector("td.articles")!.TextContent))];
}
