using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using NewsReader.IntegrationTests.Infrastructure;

namespace NewsReader.IntegrationTests.Pages.People;

/// <summary>The person page: quotes in context, tagged articles, "also named in" with tagging from there, topics, co-speakers, admin forms.</summary>
public sealed class DetailsPageTests : IAsyncLifetime, IDisposable
{
    private const string PompeoSentence = "Mr Pompeo previously said Huawei equipment posed a spying risk";
    private readonly NewsReaderFactory _factory = new();
    private TestUser _user = null!;
    private TestUser _admin = null!;
    private HttpClient _api = null!;

    public async Task InitializeAsync()
    {
        _user = await _factory.CreateUserAsync("Pia");
        _admin = await _factory.CreateUserAsync("Ada", admin: true);
        _api = _factory.CreateTokenClient(_user);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Quotes_ShowTheirContextWithTheQuoteEmphasised_AndLinkToTheHighlight()
    {
        var id = await _api.TagAsync(Seed.Slug, Seed.QuoteText, "quote", new { name = "Mike Pompeo" });

        var page = await _factory.CreateClient().GetDocumentAsync("/people/mike-pompeo");

        var item = Assert.Single(page.QuerySelectorAll("#quotes li.quote-item"));
        Assert.Equal(Seed.QuoteText, item.QuerySelector(".kwic mark.quote-text")!.TextContent);
        Assert.Contains("adding the US \u201c" + Seed.QuoteText + "\u201d with nations", item.QuerySelector(".kwic")!.TextContent);
        Assert.Equal($"/articles/{Seed.Slug}#h-{id}", item.QuerySelector("a.highlight-link")!.GetAttribute("href"));
        Assert.Equal($"/articles/{Seed.Slug}", item.QuerySelector("a.article-link")!.GetAttribute("href"));
        Assert.Contains("paragraph 3", item.TextContent);
        Assert.Equal("1 quote · 1 tagged article", Normalise(page.QuerySelector(".person-counts")!.TextContent).Split(" · Download")[0]);
        Assert.Equal("/people/mike-pompeo/quotes.csv", page.QuerySelector(".person-counts a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task TopicsAndCoSpeakers_CountOnlyTopicsInTheQuotesParagraphs_AndOtherPeoplesQuotes()
    {
        await _api.TagAsync(Seed.Slug, PompeoSentence, "quote", new { name = "Mike Pompeo" });
        await _api.TagAsync(Seed.Slug, "Huawei", "topic", topic: new { name = "Huawei" }, within: PompeoSentence);
        await _api.TagAsync(Seed.Slug, "5G network", "topic", topic: new { name = "5G" }); // another paragraph
        await _api.TagAsync(Seed.Slug, "statement leaves many concerns", "quote", new { name = "Tom Tugendhat" });
        await _api.TagAsync(Seed.Slug, "Ben Wallace", "person", new { name = "Ben Wallace" }); // mentioned, not quoted

        var page = await _factory.CreateClient().GetDocumentAsync("/people/mike-pompeo");

        var topic = Assert.Single(page.QuerySelectorAll("#topics li"));
        Assert.Equal("/topics/huawei", topic.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("1 quote", topic.QuerySelector(".count")!.TextContent);
        var other = Assert.Single(page.QuerySelectorAll("#alongside li"));
        Assert.Equal("/people/tom-tugendhat", other.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("1 shared article", other.QuerySelector(".count")!.TextContent);
        var back = await _factory.CreateClient().GetDocumentAsync("/people/tom-tugendhat");
        Assert.Equal("/people/mike-pompeo", back.QuerySelector("#alongside li a")!.GetAttribute("href"));
        Assert.Empty(back.QuerySelectorAll("#topics li"));
    }

    [Fact]
    public async Task TaggedArticles_ListArticlesWithAMentionOrAQuote_WithTheFirstMentionInContext()
    {
        await _api.TagAsync(Seed.Slug, Seed.QuoteText, "quote", new { name = "Mike Pompeo" });
        var mention = await _api.TagAsync(Seed.Slug, "Mr Pompeo", "person", new { slug = "mike-pompeo" }, within: "Mr Pompeo will also meet");

        var page = await _factory.CreateClient().GetDocumentAsync("/people/mike-pompeo");

        var article = Assert.Single(page.QuerySelectorAll("#tagged-articles li"));
        Assert.Equal(Seed.Slug, article.GetAttribute("data-article-slug"));
        Assert.Contains("1 quote, 1 mention", article.TextContent);
        Assert.Equal("Mr Pompeo", article.QuerySelector(".kwic mark")!.TextContent);
        Assert.Equal($"/articles/{Seed.Slug}#h-{mention}", article.QuerySelector(".kwic a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task AlsoNamedIn_ListsUntaggedArticlesByAlias_AndTagAsMentionMovesThemToTagged()
    {
        await _api.TagAsync(Seed.Slug, Seed.QuoteText, "quote", new { name = "Mike Pompeo" });
        var aliases = await _factory.CreateTokenClient(_admin).PatchAsJsonAsync("/api/people/mike-pompeo", new { aliases = new[] { "Mr Pompeo", "Pompeo" } });
        Assert.Equal(HttpStatusCode.OK, aliases.StatusCode);
        var other = await _factory.ImportAsync("other.txt", "A quiet Friday\n\nNothing happened at first.\n\nOn Friday Mr. Pompeo said nothing, and Pompeo left.");

        var before = await _factory.CreateClient().GetDocumentAsync("/people/mike-pompeo");
        var hit = before.QuerySelector($"#also-named li[data-article-slug='{other.Slug}']")!;
        Assert.Null(before.QuerySelector($"#also-named li[data-article-slug='{Seed.Slug}']")); // tagged already
        Assert.Contains(hit.QuerySelectorAll(".snippet mark"), mark => mark.TextContent == "Pompeo");
        Assert.Equal($"/articles/{other.Slug}#p2", hit.QuerySelector("a.paragraph-link")!.GetAttribute("href"));
        Assert.Null(hit.QuerySelector("form")); // anonymous readers get no tagging form

        var browser = await _factory.CreateSignedInClientAsync(_user);
        var response = await browser.SubmitFormAsync("/people/mike-pompeo", $"#also-named li[data-article-slug='{other.Slug}'] form.tag-mention", new Dictionary<string, string>());

        Assert.Equal("/people/mike-pompeo", response.RequestMessage!.RequestUri!.AbsolutePath);
        var after = await response.ToDocumentAsync();
        Assert.NotNull(after.QuerySelector($"#tagged-articles li[data-article-slug='{other.Slug}']"));
        Assert.Null(after.QuerySelector($"#also-named li[data-article-slug='{other.Slug}']"));
        var annotations = await _api.GetFromJsonAsync<JsonElement>($"/api/articles/{other.Slug}/annotations");
        var created = Assert.Single(annotations.EnumerateArray());
        Assert.Equal("person", created.GetProperty("kind").GetString());
        Assert.Equal("Mr. Pompeo", created.GetProperty("exact").GetString()); // the first occurrence, punctuation and all
        Assert.Equal("On Friday ".Length, created.GetProperty("start").GetInt32());
        Assert.Equal("mike-pompeo", created.GetProperty("person").GetProperty("slug").GetString());
        Assert.Equal("Pia", created.GetProperty("author").GetString());
    }

    [Fact]
    public async Task TagAsMention_WithoutSigningIn_SendsToSignIn_AndTagsNothing()
    {
        await _api.TagAsync(Seed.Slug, Seed.QuoteText, "quote", new { name = "Mike Pompeo" });
        var other = await _factory.ImportAsync("anon.txt", "Anonymous tries\n\nMike Pompeo spoke.");
        var paragraphId = (await _api.GetFromJsonAsync<JsonElement>($"/api/articles/{other.Slug}")).GetProperty("paragraphs")[0].GetProperty("id").GetInt32();
        var anonymous = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var token = (await anonymous.GetDocumentAsync("/account/login")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await anonymous.PostAsync("/people/mike-pompeo?handler=Mention", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["paragraphId"] = paragraphId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.AbsolutePath, StringComparison.OrdinalIgnoreCase);
        Assert.Empty((await _api.GetFromJsonAsync<JsonElement>($"/api/articles/{other.Slug}/annotations")).EnumerateArray());
    }

    [Fact]
    public async Task AdminEditForm_SetsAliasesAndAMarkdownDescription_RenderedSafely()
    {
        await _api.TagAsync(Seed.Slug, Seed.QuoteText, "quote", new { name = "Mike Pompeo" });
        var admin = await _factory.CreateSignedInClientAsync(_admin);

        var response = await admin.SubmitFormAsync("/people/mike-pompeo", "#edit-person", new Dictionary<string, string>
        {
            ["aliases"] = "Mr Pompeo\nPompeo",
            ["description"] = "**Secretary of State** <script>alert(1)</script>",
        });

        var page = await response.ToDocumentAsync();
        Assert.Equal("/people/mike-pompeo", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("Also called: Mr Pompeo, Pompeo", page.QuerySelector(".aliases")!.TextContent.Trim());
        Assert.Equal("Secretary of State", page.QuerySelector(".description strong")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Null((await _factory.CreateClient().GetDocumentAsync("/people/mike-pompeo")).QuerySelector("#edit-person")); // admins only
    }

    [Fact]
    public async Task AdminMergeForm_MovesAnnotations_UnitesAliases_AndOldAddressesRedirect()
    {
        await _api.TagAsync(Seed.Slug, Seed.QuoteText, "quote", new { name = "Mike Pompeo" });
        await _api.TagAsync(Seed.Slug, "Mr Pompeo", "person", new { name = "M. Pompeo" }, within: "Mr Pompeo will also meet");
        await _factory.CreateTokenClient(_admin).PatchAsJsonAsync("/api/people/m-pompeo", new { aliases = new[] { "Secretary Pompeo" } });
        var admin = await _factory.CreateSignedInClientAsync(_admin);

        var response = await admin.SubmitFormAsync("/people/m-pompeo", "#merge-person", new Dictionary<string, string> { ["into"] = "mike-pompeo" });

        Assert.Equal("/people/mike-pompeo", response.RequestMessage!.RequestUri!.AbsolutePath);
        var page = await response.ToDocumentAsync();
        Assert.Contains("1 quote, 1 mention", page.QuerySelector("#tagged-articles li")!.TextContent);
        Assert.Equal("Also called: M. Pompeo, Secretary Pompeo", page.QuerySelector(".aliases")!.TextContent.Trim());
        var raw = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var (old, target) in new[] { ("/people/m-pompeo", "/people/mike-pompeo"), ("/people/m-pompeo/quotes.csv", "/people/mike-pompeo/quotes.csv") })
        {
            var moved = await raw.GetAsync(old);
            Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
            Assert.Equal(target, moved.Headers.Location!.OriginalString);
        }

        var index = await raw.GetDocumentAsync("/people");
        Assert.Null(index.QuerySelector("a[href='/people/m-pompeo']"));
    }

    [Fact]
    public async Task UnknownPerson_Is404_AndEmptySectionsSaySo()
    {
        await _api.TagAsync(Seed.Slug, "Ben Wallace", "person", new { name = "Ben Wallace" });

        var missing = await _factory.CreateClient().GetAsync("/people/nobody-at-all");
        var page = await _factory.CreateClient().GetDocumentAsync("/people/ben-wallace");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("No quotes tagged yet.", page.QuerySelector("#quotes .empty")!.TextContent);
        Assert.NotNull(page.QuerySelector("#topics .empty"));
        Assert.NotNull(page.QuerySelector("#alongside .empty"));
        Assert.Null(page.QuerySelector(".person-counts a")); // no CSV link without quotes
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
