using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.IntegrationTests.Infrastructure;
using NewsReader.Web.Reviewing;

namespace NewsReader.IntegrationTests.Reviewing;

/// <summary>Reviewing suggestions on the article page without JavaScript: the panel's forms.</summary>
public sealed class ArticleReviewTests : IAsyncLifetime, IDisposable
{
    private readonly NewsReaderFactory _factory = new();
    private TestUser _reviewer = null!;
    private HttpClient _browser = null!;

    public async Task InitializeAsync()
    {
        _reviewer = await _factory.CreateUserAsync("Nora");
        _browser = await _factory.CreateSignedInClientAsync(_reviewer);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task SignedIn_SeesSuggestionsDashedInTheTextAndListedWithActions()
    {
        var page = await _browser.GetDocumentAsync(Seed.Url);

        var spans = page.QuerySelectorAll("#article-body span.sg[id^='s-']");
        var entries = page.QuerySelectorAll("#suggestions li.suggestion-detail");
        Assert.NotEmpty(spans);
        Assert.Equal(spans.Length, entries.Length);
        Assert.Equal(spans.Select(s => s.GetAttribute("data-suggestion-id")).Order(), entries.Select(e => e.GetAttribute("data-suggestion-id")).Order());
        var quote = Entry(page, Seed.QuoteText);
        Assert.Contains("Mike Pompeo", quote.TextContent, StringComparison.Ordinal);
        Assert.NotNull(quote.QuerySelector("button[data-review=accept]"));
        Assert.NotNull(quote.QuerySelector("button[data-review=reject]"));
        Assert.NotNull(page.QuerySelector("#show-suggestions[type=checkbox][checked]"));
        Assert.NotNull(page.QuerySelector("form.accept-all-form select[name=minConfidence]"));
        Assert.Contains("At 90% or above, at least 95 in 100 suggestions were right", page.QuerySelector(".confidence-advice")?.TextContent, StringComparison.Ordinal);

        // No Accept for a quote whose source is not a named person: the Edit form asks for one, open.
        var unnamed = Entry(page, "disappointed");
        Assert.Null(unnamed.QuerySelector("button[data-review=accept]"));
        Assert.NotNull(unnamed.QuerySelector("details.suggestion-edit[open] input[name='edit.Name'][required]"));
    }

    [Fact]
    public async Task Anonymous_SeesTheTextWithoutSuggestions_AndACountWithASignInLink()
    {
        var page = await _factory.CreateClient().GetDocumentAsync(Seed.Url);

        Assert.Empty(page.QuerySelectorAll("span.sg[data-suggestion-id]"));
        Assert.Null(page.QuerySelector("#suggestions"));
        var summary = page.QuerySelector("#suggestion-summary")!.TextContent;
        Assert.Matches(@"\d+ suggestions await review", summary);
        Assert.NotNull(page.QuerySelector("#suggestion-summary a[href^='/account/login']"));
    }

    [Fact]
    public async Task AcceptForm_MakesTheAnnotation_AndTheMessageSaysSo()
    {
        var response = await _browser.PressAsync(Seed.Url, $"#{Entry(await _browser.GetDocumentAsync(Seed.Url), Seed.QuoteText).Id} button[data-review=accept]");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal("Accepted: quote by Mike Pompeo.", page.QuerySelector(".review-message")!.TextContent.Trim());
        var mark = page.QuerySelector("#article-body mark.hl-quote")!;
        Assert.Equal(Seed.QuoteText, mark.TextContent);
        Assert.Null(page.QuerySelectorAll("#suggestions li.suggestion-detail").FirstOrDefault(e => e.TextContent.Contains(Seed.QuoteText, StringComparison.Ordinal)));
        var annotation = Assert.Single((await _browser.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/annotations")).EnumerateArray());
        Assert.Equal("Nora", annotation.GetProperty("author").GetString());
        Assert.Contains("accepted from a suggestion by Nora", page.QuerySelector($"#annotation-{annotation.GetProperty("id").GetInt32()}")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RejectForm_RemovesIt_ForGood()
    {
        var entry = Entry(await _browser.GetDocumentAsync(Seed.Url), "back door");

        var response = await _browser.PressAsync(Seed.Url, $"#{entry.Id} button[data-review=reject]");
        await _factory.Services.GetRequiredService<SuggestionGenerator>().SuggestAsync(null, null, CancellationToken.None);

        var page = await response.ToDocumentAsync();
        Assert.Contains("will not be suggested again", page.QuerySelector(".review-message")!.TextContent, StringComparison.Ordinal);
        var after = await _browser.GetDocumentAsync(Seed.Url);
        Assert.DoesNotContain(after.QuerySelectorAll("#article-body span.sg"), s => s.TextContent == "back door");
    }

    [Fact]
    public async Task EditForm_AcceptsWithTheCorrectedTextKindAndName()
    {
        var entry = Entry(await _browser.GetDocumentAsync(Seed.Url), "disappointed");

        var response = await _browser.SubmitFormAsync(Seed.Url, $"#{entry.Id} form.suggestion-edit-form", new Dictionary<string, string>
        {
            ["edit.Name"] = "Jo <b>Official</b>",
        });

        var page = await response.ToDocumentAsync();
        Assert.Equal("Accepted: quote by Jo <b>Official</b>.", page.QuerySelector(".review-message")!.TextContent.Trim()); // shown as text
        Assert.Null(page.QuerySelector(".review-message b"));
        var annotation = Assert.Single((await _browser.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/annotations")).EnumerateArray());
        Assert.Equal("disappointed", annotation.GetProperty("exact").GetString());
        Assert.Equal("Jo <b>Official</b>", annotation.GetProperty("person").GetProperty("name").GetString());
    }

    [Fact]
    public async Task EditLink_OpensThatSuggestionsFormAlone()
    {
        var page = await _browser.GetDocumentAsync(Seed.Url);
        var entry = Entry(page, Seed.QuoteText);
        var link = entry.QuerySelector("a[data-review=edit]")!.GetAttribute("href")!;

        var editing = await _browser.GetDocumentAsync(link);

        // One review form for every Accept and Reject (one token), and an Edit form only where asked for:
        // the quotes that need a speaker, and the one whose Edit link was followed.
        Assert.Single(page.QuerySelectorAll("form#suggestion-review"));
        Assert.All(page.QuerySelectorAll("#suggestions button[data-review]"), b => Assert.Equal("suggestion-review", b.GetAttribute("form")));
        Assert.All(page.QuerySelectorAll("#suggestions li.suggestion-detail form.suggestion-edit-form"), f => Assert.Equal("true", f.Closest("li")!.GetAttribute("data-needs-speaker")));
        Assert.Equal($"{Seed.Url}?edit={entry.GetAttribute("data-suggestion-id")}#{entry.Id}", link);
        var form = editing.QuerySelector($"#{entry.Id} details.suggestion-edit[open] form.suggestion-edit-form")!;
        Assert.Equal(Seed.QuoteText, form.QuerySelector("textarea[name='edit.Exact']")!.TextContent);
        Assert.Equal("Mike Pompeo", form.QuerySelector("input[name='edit.Name']")!.GetAttribute("value"));
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.Null(editing.QuerySelector($"#{entry.Id} a[data-review=edit]"));
    }

    [Fact]
    public async Task EditForm_WithTrimmedText_TagsTheTrimmedSpan_AndWithTextNotInTheParagraph_SaysSo()
    {
        var page = await _browser.GetDocumentAsync(Seed.Url);
        var entry = Entry(page, Seed.QuoteText);
        var editing = $"{Seed.Url}?edit={entry.GetAttribute("data-suggestion-id")}";

        var missing = await _browser.SubmitFormAsync(editing, $"#{entry.Id} form.suggestion-edit-form", new Dictionary<string, string> { ["edit.Exact"] = "words nobody wrote" });
        var missingPage = await missing.ToDocumentAsync();
        var trimmed = await _browser.SubmitFormAsync(editing, $"#{entry.Id} form.suggestion-edit-form", new Dictionary<string, string>
        {
            ["edit.Exact"] = "share information",
            ["edit.Kind"] = "quote",
        });

        Assert.Contains("does not contain", missingPage.QuerySelector(".review-message")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(missingPage.QuerySelector($"#{entry.Id} details.suggestion-edit[open] form")); // back with its form open, to correct it
        Assert.Equal(HttpStatusCode.OK, trimmed.StatusCode);
        var annotation = Assert.Single((await _browser.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/annotations")).EnumerateArray());
        Assert.Equal("share information", annotation.GetProperty("exact").GetString());
        Assert.Equal("Mike Pompeo", annotation.GetProperty("person").GetProperty("name").GetString());
    }

    [Fact]
    public async Task AcceptAllForm_AcceptsThoseAtOrAboveTheLevel_AndReportsQuotesThatNeedASpeaker()
    {
        var before = await _browser.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/suggestions");
        var expected = before.EnumerateArray().Count(s => s.GetProperty("confidence").GetDouble() >= 0.8 && s.GetProperty("person").ValueKind != JsonValueKind.Null);

        var response = await _browser.SubmitFormAsync(Seed.Url, "form.accept-all-form", new Dictionary<string, string> { ["minConfidence"] = "0.8" });

        var message = (await response.ToDocumentAsync()).QuerySelector(".review-message")!.TextContent;
        Assert.StartsWith($"Accepted {expected} suggestions at 80% or more.", message, StringComparison.Ordinal);
        var annotations = await _browser.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/annotations");
        Assert.Equal(expected, annotations.GetArrayLength());
    }

    [Fact]
    public async Task PersonGroup_AcceptsOrRejectsEveryMentionOfThatPersonAtOnce()
    {
        var suggestions = await _browser.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/suggestions");
        int Mentions(JsonElement list, string name) => list.EnumerateArray().Count(s => s.GetProperty("kind").GetString() == "person" && s.GetProperty("person").GetProperty("name").GetString() == name);
        var pompeo = Mentions(suggestions, "Mike Pompeo");
        var wallace = Mentions(suggestions, "Ben Wallace");
        Assert.True(pompeo > 1 && wallace > 1, "the seed names both more than once");

        var accepted = await _browser.SubmitFormAsync(Seed.Url, ".suggestion-group:has(input[value='Mike Pompeo']) form", new Dictionary<string, string> { ["accept"] = "true" });
        var rejected = await _browser.SubmitFormAsync(Seed.Url, ".suggestion-group:has(input[value='Ben Wallace']) form", new Dictionary<string, string> { ["accept"] = "false" });

        Assert.Equal($"Accepted {pompeo} mentions of Mike Pompeo.", (await accepted.ToDocumentAsync()).QuerySelector(".review-message")!.TextContent.Trim());
        Assert.StartsWith($"Rejected {wallace} mentions of Ben Wallace", (await rejected.ToDocumentAsync()).QuerySelector(".review-message")!.TextContent.Trim(), StringComparison.Ordinal);
        var after = await _browser.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/suggestions");
        Assert.Equal(0, Mentions(after, "Mike Pompeo"));
        Assert.Equal(0, Mentions(after, "Ben Wallace"));
        var annotations = await _browser.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/annotations");
        Assert.Equal(pompeo, annotations.EnumerateArray().Count(a => a.GetProperty("kind").GetString() == "person" && a.GetProperty("person").GetProperty("slug").GetString() == "mike-pompeo"));
        Assert.DoesNotContain(annotations.EnumerateArray(), a => a.GetProperty("person").GetProperty("name").GetString() == "Ben Wallace");
    }

    [Fact]
    public async Task Posts_SignedOut_GoToSignIn_AndWithoutTheAntiforgeryToken_AreRefused()
    {
        var id = Entry(await _browser.GetDocumentAsync(Seed.Url), Seed.QuoteText).GetAttribute("data-suggestion-id");
        var anonymous = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var token = (await anonymous.GetDocumentAsync("/account/login")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var signedOut = await anonymous.PostAsync($"{Seed.Url}?handler=AcceptSuggestion&id={id}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var noToken = await _browser.PostAsync($"{Seed.Url}?handler=RejectSuggestion&id={id}", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.StartsWith("/account/login", signedOut.Headers.Location!.AbsolutePath, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        var still = await _browser.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/suggestions");
        Assert.Contains(still.EnumerateArray(), s => s.GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) == id);
    }

    [Fact]
    public async Task ArticleText_InSuggestions_IsEncoded()
    {
        await _factory.ImportAsync("hostile.txt", "A hostile page\n\nThe minister said: \"<script>alert(1)</script> is not a plan\", Mr Evil Knievel told reporters.\n");
        await _factory.Services.GetRequiredService<SuggestionGenerator>().SuggestAsync(null, null, CancellationToken.None);

        var html = await _browser.GetStringAsync("/articles/a-hostile-page");

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    private static IElement Entry(IDocument page, string exact) =>
        page.QuerySelectorAll("#suggestions li.suggestion-detail")
            .Single(e => e.QuerySelector(".annotation-exact a")!.TextContent.Trim('\u201c', '\u201d') == exact);
}
