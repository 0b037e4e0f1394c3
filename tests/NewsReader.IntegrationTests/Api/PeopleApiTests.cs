using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using NewsReader.IntegrationTests.Infrastructure;
using NewsReader.IntegrationTests.Pages.People;

namespace NewsReader.IntegrationTests.Api;

/// <summary>GET /api/people/{slug}, its quotes and its articles: read by anyone, camelCase JSON.</summary>
public sealed class PeopleApiTests : IAsyncLifetime, IDisposable
{
    private readonly NewsReaderFactory _factory = new();
    private HttpClient _api = null!;
    private HttpClient _admin = null!;

    public async Task InitializeAsync()
    {
        _api = _factory.CreateTokenClient(await _factory.CreateUserAsync("Abe"));
        _admin = _factory.CreateTokenClient(await _factory.CreateUserAsync("Ada", admin: true));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Get_ReturnsNamesDescriptionAndCounts_ArticlesCountingQuotesAndMentions()
    {
        var other = await _factory.ImportAsync("api/people.txt", "Elsewhere\n\nMike Pompeo was mentioned here.");
        await _api.TagAsync(Seed.Slug, Seed.QuoteText, "quote", new { name = "Mike Pompeo" });
        await _api.TagAsync(Seed.Slug, "Mr Pompeo", "person", new { slug = "mike-pompeo" });
        await _api.TagAsync(other.Slug, "Mike Pompeo", "person", new { slug = "mike-pompeo" });
        await _admin.PatchAsJsonAsync("/api/people/mike-pompeo", new { aliases = new[] { "Pompeo", "Mr Pompeo" }, description = "US *Secretary of State*" });

        var person = await _factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/people/mike-pompeo");

        Assert.Equal("mike-pompeo", person.GetProperty("slug").GetString());
        Assert.Equal("Mike Pompeo", person.GetProperty("name").GetString());
        Assert.Equal(["Mr Pompeo", "Pompeo"], person.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("US *Secretary of State*", person.GetProperty("description").GetString());
        Assert.Equal(1, person.GetProperty("quoteCount").GetInt32());
        Assert.Equal(2, person.GetProperty("articleCount").GetInt32());
    }

    [Fact]
    public async Task Get_UnknownPerson_Is404ProblemDetails_AndTheCandidateListStillAnswers()
    {
        await _api.TagAsync(Seed.Slug, "Ben Wallace", "person", new { name = "Ben Wallace" });

        foreach (var url in new[] { "/api/people/nobody", "/api/people/nobody/quotes", "/api/people/nobody/articles" })
        {
            var response = await _factory.CreateClient().GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            Assert.Contains("nobody", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        }

        var candidates = await _factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/people?q=wallace");
        Assert.Equal("ben-wallace", candidates[0].GetProperty("slug").GetString());
    }

    [Fact]
    public async Task Get_MergedSlug_Is301ToTheSameRouteUnderTheNewSlug()
    {
        await _api.TagAsync(Seed.Slug, Seed.QuoteText, "quote", new { name = "Mike Pompeo" });
        await _api.TagAsync(Seed.Slug, "Mr Pompeo", "person", new { name = "M. Pompeo" });
        await _admin.PostAsJsonAsync("/api/people/m-pompeo/merge", new { into = "mike-pompeo" });
        var raw = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        foreach (var rest in new[] { string.Empty, "/quotes", "/articles" })
        {
            var response = await raw.GetAsync($"/api/people/m-pompeo{rest}");
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal($"/api/people/mike-pompeo{rest}", response.Headers.Location!.OriginalString);
        }

        var followed = await _factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/people/m-pompeo");
        Assert.Equal(1, followed.GetProperty("quoteCount").GetInt32());
        Assert.Contains("M. Pompeo", followed.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task Quotes_ListEachQuoteWithItsArticleParagraphAndPlainTextContext()
    {
        var id = await _api.TagAsync(Seed.Slug, Seed.QuoteText, "quote", new { name = "Mike Pompeo" });
        await _api.TagAsync(Seed.Slug, "Mr Pompeo", "person", new { slug = "mike-pompeo" }); // a mention is not a quote
        var paragraph = (await Seed.ParagraphsAsync(_api)).First(p => p.Text.Contains(Seed.QuoteText, StringComparison.Ordinal));
        var start = paragraph.Text.IndexOf(Seed.QuoteText, StringComparison.Ordinal);

        var quotes = await _factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/people/mike-pompeo/quotes");

        var quote = Assert.Single(quotes.EnumerateArray());
        Assert.Equal(id, quote.GetProperty("annotationId").GetInt32());
        Assert.Equal(Seed.QuoteText, quote.GetProperty("exact").GetString());
        Assert.Equal(Seed.Slug, quote.GetProperty("article").GetProperty("slug").GetString());
        Assert.Equal("Mike Pompeo flies to UK for talks amid US Huawei concern", quote.GetProperty("article").GetProperty("title").GetString());
        Assert.Equal(paragraph.Id, quote.GetProperty("paragraphId").GetInt32());
        Assert.Equal(paragraph.Text[(start - 32)..Math.Min(paragraph.Text.Length, start + Seed.QuoteText.Length + 32)], quote.GetProperty("context").GetString());
    }

    [Fact]
    public async Task Articles_ListTaggedOnesFirst_WithAnEncodedSnippet_ThenSuggestedMentions_ThenUntaggedOnesThatNameThem()
    {
        var tagged = await _factory.ImportAsync("api/tagged.txt", "Tagged story\n\n<b>Bold</b> & Mike Pompeo said \"hi\".");
        var named = await _factory.ImportAsync("api/named.txt", "Named story\n\nReporters waited for Mike Pompeo all day.");
        await _api.TagAsync(tagged.Slug, "Mike Pompeo", "person", new { name = "Mike Pompeo" });

        var articles = (await _factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/people/mike-pompeo/articles")).EnumerateArray().ToList();

        // The seed article has suggested mentions of him (ingestion ran the extractor on it); the imported one has none.
        Assert.Equal([tagged.Slug, Seed.Slug, named.Slug], articles.Select(a => a.GetProperty("slug").GetString()));
        Assert.Equal([true, false, false], articles.Select(a => a.GetProperty("tagged").GetBoolean()));
        Assert.Equal("Tagged story", articles[0].GetProperty("title").GetString());
        Assert.Equal("&lt;b&gt;Bold&lt;/b&gt; &amp; <mark>Mike Pompeo</mark> said &quot;hi&quot;.", articles[0].GetProperty("snippet").GetString());
        Assert.StartsWith($"/articles/{tagged.Slug}#h-", articles[0].GetProperty("link").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, articles[0].GetProperty("suggestionId").ValueKind);
        var suggestion = articles[1].GetProperty("suggestionId").GetInt32();
        Assert.Equal($"/articles/{Seed.Slug}#s-{suggestion}", articles[1].GetProperty("link").GetString());
        Assert.InRange(articles[1].GetProperty("confidence").GetDouble(), 0, 1);
        Assert.Contains("Pompeo</mark>", articles[2].GetProperty("snippet").GetString());
        Assert.Equal($"/articles/{named.Slug}#p1", articles[2].GetProperty("link").GetString());
        Assert.Equal(JsonValueKind.Null, articles[2].GetProperty("suggestionId").ValueKind);
        Assert.DoesNotContain("<b>", string.Concat(articles.Select(a => a.GetProperty("snippet").GetString())));
    }
}
