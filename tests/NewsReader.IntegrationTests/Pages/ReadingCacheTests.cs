using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using NewsReader.IntegrationTests.Infrastructure;

namespace NewsReader.IntegrationTests.Pages;

/// <summary>
/// Anonymous reading pages are what the output cache serves. A change that makes one uncacheable (a
/// cookie on every response, as a [TempData] property once did to the article page, unnoticed while
/// throughput fell 30 times) must fail here. And what the cache keeps must never hide a change.
/// </summary>
public sealed class ReadingCacheTests : IDisposable
{
    private readonly NewsReaderFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    public static TheoryData<string> ReadingPages() =>
    [
        Seed.Url, "/", "/people", "/people/mike-pompeo", "/topics", "/topics/huawei", "/search?q=pompeo",
    ];

    [Theory]
    [MemberData(nameof(ReadingPages))]
    public async Task AnonymousReadingPage_SetsNoCookie_AndTheSecondAnswerComesFromTheCache(string url)
    {
        await TagSeedAsync();
        var client = Anonymous();

        var first = await client.GetAsync(url);
        var second = await client.GetAsync(url);

        Assert.Equal(System.Net.HttpStatusCode.OK, first.StatusCode);
        Assert.False(first.Headers.Contains("Set-Cookie"), string.Join(" | ", first.Headers.Select(h => $"{h.Key}: {string.Join(",", h.Value)}")));
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age); // the output cache adds Age to what it serves
    }

    [Theory]
    [MemberData(nameof(ReadingPages))]
    public async Task SignedInReadingPage_IsNeverServedFromTheCache(string url)
    {
        var user = await _factory.CreateUserAsync("reader");
        await TagSeedAsync();
        var anonymous = Anonymous();
        await anonymous.GetAsync(url); // an anonymous copy is in the cache now
        var signedIn = await _factory.CreateSignedInClientAsync(user);

        var answer = await signedIn.GetAsync(url);

        Assert.Equal(System.Net.HttpStatusCode.OK, answer.StatusCode);
        Assert.Null(answer.Headers.Age);
        Assert.Contains("Sign out", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATagMade_ShowsAtOnce_OnEveryCachedPageThatCountsIt()
    {
        var tagger = _factory.CreateTokenClient(await _factory.CreateUserAsync("tagger"));
        await TagSeedAsync(tagger);
        var client = Anonymous();
        var before = await client.GetStringAsync("/people/mike-pompeo");
        var list = await client.GetStringAsync("/people");
        Assert.NotNull((await client.GetAsync("/people/mike-pompeo")).Headers.Age); // cached now

        var other = (await Seed.ParagraphsAsync(tagger)).First(p => p.Text.Length > 40 && !p.Text.Contains(Seed.QuoteText, StringComparison.Ordinal)).Text;
        var second = await Seed.AnnotationFor(tagger, other[..other.IndexOf(' ', 20)], "quote", person: new { name = "Mike Pompeo" }); // a second quote: both pages count it
        (await tagger.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", second)).EnsureSuccessStatusCode();

        var after = await client.GetAsync("/people/mike-pompeo");
        Assert.Null(after.Headers.Age);
        Assert.NotEqual(before, await after.Content.ReadAsStringAsync());
        Assert.NotEqual(list, await client.GetStringAsync("/people"));
    }

    [Fact]
    public async Task ATagMade_ShowsAtOnce_OnASignedInPersonPage_WhoseDataIsShared()
    {
        // Signed-in person pages are rendered per reader from data kept while nothing changes: the data
        // must follow a change as exactly as the output cache does.
        var tagger = _factory.CreateTokenClient(await _factory.CreateUserAsync("tagger"));
        await TagSeedAsync(tagger);
        var reader = await _factory.CreateSignedInClientAsync(await _factory.CreateUserAsync("reader"));
        var other = await _factory.CreateSignedInClientAsync(await _factory.CreateUserAsync("otherreader"));
        var before = await reader.GetDocumentAsync("/people/mike-pompeo");
        var again = await other.GetDocumentAsync("/people/mike-pompeo");
        Assert.Single(before.QuerySelectorAll("#quotes li.quote-item"));
        Assert.Equal(before.QuerySelector("#quotes")!.InnerHtml, again.QuerySelector("#quotes")!.InnerHtml);

        var paragraph = (await Seed.ParagraphsAsync(tagger)).First(p => p.Text.Length > 40 && !p.Text.Contains(Seed.QuoteText, StringComparison.Ordinal)).Text;
        var exact = paragraph[..paragraph.IndexOf(' ', 20)];
        (await tagger.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", await Seed.AnnotationFor(tagger, exact, "quote", person: new { name = "Mike Pompeo" }))).EnsureSuccessStatusCode();

        var after = await reader.GetDocumentAsync("/people/mike-pompeo");
        Assert.Contains(exact, after.QuerySelector("#quotes")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("2 quotes", after.QuerySelector(".person-counts")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChangeCommittedBehindTheAppsBack_IsOnEveryPageRequestedAfterIt_EvenWithManyReadersAtOnce()
    {
        // Another process (an ingest run, another instance) commits without telling this one: each cached page
        // is checked against the database first, and concurrent requests share those checks, so none may be
        // answered from a check that began before the commit.
        var client = Anonymous();
        await client.GetStringAsync(Seed.Url);
        for (var round = 1; round <= 5; round++)
        {
            await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => client.GetStringAsync(Seed.Url))); // cached, checks overlapping
            var title = $"Edited elsewhere, round {round}";
            await using (var db = _factory.CreateDbContext())
            {
                Assert.Equal(1, await db.Articles.Where(a => a.Slug == Seed.Slug).ExecuteUpdateAsync(s => s.SetProperty(a => a.Title, title)));
            }

            var pages = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => client.GetStringAsync(Seed.Url)));
            Assert.All(pages, page => Assert.Contains(title, page, StringComparison.Ordinal));
        }
    }

    private HttpClient Anonymous() => _factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });

    // A quote by Mike Pompeo with the topic Huawei tagged beside it, so the person and topic pages exist.
    private async Task TagSeedAsync(HttpClient? tagger = null)
    {
        tagger ??= _factory.CreateTokenClient(await _factory.CreateUserAsync("seed-tagger"));
        var quote = await Seed.AnnotationFor(tagger, Seed.QuoteText, "quote", person: new { name = "Mike Pompeo" });
        (await tagger.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", quote)).EnsureSuccessStatusCode();
        var paragraph = (await Seed.ParagraphsAsync(tagger)).First(p => p.Text.Contains(Seed.QuoteText, StringComparison.Ordinal));
        var word = paragraph.Text.Contains("Huawei", StringComparison.Ordinal) ? "Huawei" : paragraph.Text.Split(' ')[0];
        var topic = await Seed.AnnotationFor(tagger, word, "topic", topic: new { name = "Huawei" }, within: paragraph.Text);
        (await tagger.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", topic)).EnsureSuccessStatusCode();
    }
}
