using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.IntegrationTests.Infrastructure;
using NewsReader.IntegrationTests.Pages.People;
using NewsReader.Web.Reviewing;

namespace NewsReader.IntegrationTests.Reviewing;

/// <summary>
/// "Also named in" on the person page: articles with a pending suggested mention of the person come first
/// (accepted from there), then articles whose text names them, as before. Suggestions count nowhere else.
/// </summary>
public sealed class AlsoNamedInTests : IAsyncLifetime, IDisposable
{
    private readonly NewsReaderFactory _factory = new();
    private TestUser _user = null!;
    private HttpClient _api = null!;

    public async Task InitializeAsync()
    {
        _user = await _factory.CreateUserAsync("Sam");
        _api = _factory.CreateTokenClient(_user);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ArticlesTaggedWithThem_DoNotCrowdOutOlderOnesThatOnlyNameThem()
    {
        // The newest articles naming her are all tagged with her; the page looks past them however many
        // there are (the search leaves tagged articles out itself, it is not handed a list of them).
        var older = await _factory.ImportAsync("older.txt", "An older story\n\nCouncillors asked Jo Examplewoman to explain.");
        const int tagged = 70; // more than the paragraphs the page asks the full-text search for
        for (var i = 0; i < tagged; i++)
        {
            var article = await _factory.ImportAsync($"tagged-{i}.txt", $"Story {i}\n\nJo Examplewoman spoke at meeting {i}.");
            await _api.TagAsync(article.Slug, "Jo Examplewoman", "person", new { name = "Jo Examplewoman" });
        }

        var page = await _factory.CreateClient().GetDocumentAsync("/people/jo-examplewoman");

        var entries = page.QuerySelectorAll("#also-named li[data-article-slug]").Select(li => li.GetAttribute("data-article-slug")).ToList();
        Assert.Equal([older.Slug], entries);
    }

    [Fact]
    public async Task SuggestedMention_IsListedFirst_LinkingToTheSuggestion_AndAcceptingItTagsAMentionByTheUser()
    {
        var elsewhere = await _factory.ImportAsync("elsewhere.txt", "Elsewhere\n\nMike Pompeo spoke briefly.");
        await _api.TagAsync(elsewhere.Slug, "Mike Pompeo", "person", new { name = "Mike Pompeo" });
        await _factory.Services.GetRequiredService<SuggestionGenerator>().SuggestAsync(null, null, CancellationToken.None); // now linked to him by id
        var plain = await _factory.ImportAsync("plain.txt", "Plain story\n\nReporters waited for Mike Pompeo all day."); // no suggestions: found by full text
        var first = await FirstSuggestedMentionAsync(Seed.Slug, "Pompeo");

        var page = await _factory.CreateClient().GetDocumentAsync("/people/mike-pompeo");

        var entries = page.QuerySelectorAll("#also-named li[data-article-slug]").Select(li => li.GetAttribute("data-article-slug")).ToList();
        Assert.Equal(Seed.Slug, entries[0]);
        Assert.Contains(plain.Slug, entries.Skip(1));
        Assert.DoesNotContain(elsewhere.Slug, entries); // tagged
        Assert.Equal(entries.Distinct(), entries); // one entry an article
        var entry = page.QuerySelector($"#also-named li[data-article-slug='{Seed.Slug}']")!;
        Assert.Equal(first.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.GetAttribute("data-suggestion-id"));
        Assert.Equal($"/articles/{Seed.Slug}#s-{first}", entry.QuerySelector("a.suggestion-link")!.GetAttribute("href"));
        Assert.Contains("Pompeo", entry.QuerySelector(".kwic mark.sg")!.TextContent, StringComparison.Ordinal);
        Assert.Null(entry.QuerySelector("form")); // anonymous readers get no form
        Assert.Equal("0 quotes · 1 tagged article", Normalise(page.QuerySelector(".person-counts")!.TextContent)); // suggestions count nowhere

        var browser = await _factory.CreateSignedInClientAsync(_user);
        var response = await browser.SubmitFormAsync("/people/mike-pompeo", $"#also-named li[data-article-slug='{Seed.Slug}'] form.accept-suggestion", new Dictionary<string, string>());

        Assert.Equal("/people/mike-pompeo", response.RequestMessage!.RequestUri!.AbsolutePath);
        var after = await response.ToDocumentAsync();
        Assert.NotNull(after.QuerySelector($"#tagged-articles li[data-article-slug='{Seed.Slug}']"));
        Assert.Null(after.QuerySelector($"#also-named li[data-article-slug='{Seed.Slug}']"));
        Assert.Equal("0 quotes · 2 tagged articles", Normalise(after.QuerySelector(".person-counts")!.TextContent));
        var annotation = Assert.Single((await _api.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/annotations")).EnumerateArray());
        Assert.Equal("person", annotation.GetProperty("kind").GetString());
        Assert.Equal("mike-pompeo", annotation.GetProperty("person").GetProperty("slug").GetString());
        Assert.Equal("Sam", annotation.GetProperty("author").GetString());
        Assert.Equal(first, annotation.GetProperty("suggestionId").GetInt32());
    }

    [Fact]
    public async Task SuggestedMention_ByAnAliasOfTheirs_IsListed_AndAcceptedAsTheirs()
    {
        // The extractor named "Dominic Raab" before anyone created a person; he is later catalogued as "D. Raab" with that alias.
        var elsewhere = await _factory.ImportAsync("raab.txt", "Raab abroad\n\nD. Raab landed.");
        await _api.TagAsync(elsewhere.Slug, "D. Raab", "person", new { name = "D. Raab" });
        var admin = _factory.CreateTokenClient(await _factory.CreateUserAsync("Ada", admin: true));
        Assert.Equal(HttpStatusCode.OK, (await admin.PatchAsJsonAsync("/api/people/d-raab", new { aliases = new[] { "Dominic Raab" } })).StatusCode);
        var first = await FirstSuggestedMentionAsync(Seed.Slug, "Dominic Raab");

        var browser = await _factory.CreateSignedInClientAsync(_user);
        var page = await browser.GetDocumentAsync("/people/d-raab");
        var entry = page.QuerySelector($"#also-named li[data-suggestion-id='{first}']")!;
        Assert.Equal("Dominic Raab", entry.QuerySelector(".kwic mark.sg")!.TextContent);

        var response = await browser.SubmitFormAsync("/people/d-raab", $"#also-named li[data-suggestion-id='{first}'] form.accept-suggestion", new Dictionary<string, string>());

        Assert.Equal("/people/d-raab", response.RequestMessage!.RequestUri!.AbsolutePath);
        var annotation = Assert.Single((await _api.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/annotations")).EnumerateArray());
        Assert.Equal("d-raab", annotation.GetProperty("person").GetProperty("slug").GetString());
        Assert.Equal("Dominic Raab", annotation.GetProperty("exact").GetString());
    }

    [Fact]
    public async Task RejectedSuggestions_LeaveTheArticleToTheFullTextEntry_WithTagAsMention()
    {
        var elsewhere = await _factory.ImportAsync("elsewhere.txt", "Elsewhere\n\nMike Pompeo spoke briefly.");
        await _api.TagAsync(elsewhere.Slug, "Mike Pompeo", "person", new { name = "Mike Pompeo" });
        foreach (var id in await SuggestedMentionIdsAsync(Seed.Slug, "Pompeo"))
        {
            Assert.Equal(HttpStatusCode.NoContent, (await _api.PostAsync($"/api/suggestions/{id}/reject", null)).StatusCode);
        }

        var browser = await _factory.CreateSignedInClientAsync(_user);
        var page = await browser.GetDocumentAsync("/people/mike-pompeo");

        var entry = Assert.Single(page.QuerySelectorAll($"#also-named li[data-article-slug='{Seed.Slug}']"));
        Assert.Null(entry.GetAttribute("data-suggestion-id"));
        Assert.NotNull(entry.QuerySelector("form.tag-mention"));
        Assert.Null(entry.QuerySelector("form.accept-suggestion"));
    }

    [Fact]
    public async Task AcceptAsMention_SignedOut_SendsToSignIn_AndAQuoteSuggestionIsRefused()
    {
        var elsewhere = await _factory.ImportAsync("elsewhere.txt", "Elsewhere\n\nMike Pompeo spoke briefly.");
        await _api.TagAsync(elsewhere.Slug, "Mike Pompeo", "person", new { name = "Mike Pompeo" });
        var mention = await FirstSuggestedMentionAsync(Seed.Slug, "Pompeo");
        var quote = (await SuggestionsAsync(Seed.Slug)).First(s => s.GetProperty("exact").GetString() == Seed.QuoteText).GetProperty("id").GetInt32();
        var anonymous = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var token = (await anonymous.GetDocumentAsync("/account/login")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var signedOut = await anonymous.PostAsync("/people/mike-pompeo?handler=AcceptSuggestion", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["suggestionId"] = mention.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["__RequestVerificationToken"] = token,
        }));
        var browser = await _factory.CreateSignedInClientAsync(_user);
        var refused = await browser.SubmitFormAsync("/people/mike-pompeo", "form.accept-suggestion", new Dictionary<string, string>
        {
            ["suggestionId"] = quote.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.StartsWith("/account/login", signedOut.Headers.Location!.AbsolutePath, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("is a quote, not a mention", (await refused.ToDocumentAsync()).QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Empty((await _api.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/annotations")).EnumerateArray());
    }

    private async Task<List<JsonElement>> SuggestionsAsync(string slug) =>
        [.. (await _api.GetFromJsonAsync<JsonElement>($"/api/articles/{slug}/suggestions")).EnumerateArray()];

    private async Task<List<int>> SuggestedMentionIdsAsync(string slug, string name) =>
        [.. (await SuggestionsAsync(slug))
            .Where(s => s.GetProperty("kind").GetString() == "person" && s.GetProperty("exact").GetString()!.Contains(name, StringComparison.Ordinal))
            .Select(s => s.GetProperty("id").GetInt32())];

    /// <summary>The suggested mention the page lists for the article: the first in reading order (the API lists them so).</summary>
    private async Task<int> FirstSuggestedMentionAsync(string slug, string name)
    {
        var ids = await SuggestedMentionIdsAsync(slug, name);
        Assert.NotEmpty(ids);
        return ids[0];
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
