using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.IntegrationTests.Infrastructure;
using NewsReader.Web.Reviewing;

namespace NewsReader.IntegrationTests.Reviewing;

/// <summary>/review: the queue of pending suggestions, its filters and pages, and reviewing through its plain forms.</summary>
public sealed class ReviewPageTests : IAsyncLifetime, IDisposable
{
    private readonly NewsReaderFactory _factory = new();
    private TestUser _reviewer = null!;
    private HttpClient _api = null!;

    public async Task InitializeAsync()
    {
        _reviewer = await _factory.CreateUserAsync("Rita");
        _api = _factory.CreateTokenClient(_reviewer);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Queue_IsMostConfidentFirst_WithEachSpanMarkedInItsParagraph_AndLinkedToTheArticle()
    {
        var total = (await _api.GetFromJsonAsync<JsonElement>("/api/suggestions")).GetProperty("total").GetInt32();

        var page = await _factory.CreateClient().GetDocumentAsync("/review");

        var items = page.QuerySelectorAll("li.review-item");
        Assert.Equal(Math.Min(total, 20), items.Length);
        var percents = items.Select(Percent).ToList();
        Assert.Equal(percents.OrderDescending(), percents);
        Assert.StartsWith($"{total} pending suggestions", page.QuerySelector(".review-count")!.TextContent, StringComparison.Ordinal);
        Assert.All(items, item =>
        {
            Assert.Equal("0", item.GetAttribute("tabindex"));
            Assert.NotEmpty(item.QuerySelector("mark.sg")!.TextContent);
        });
        Assert.Equal(["item-1", "item-2"], items.Take(2).Select(i => i.Id));

        var quote = ItemWith(page, Seed.QuoteText);
        var id = quote.GetAttribute("data-suggestion-id");
        Assert.Equal("Quote", quote.QuerySelector(".badge")!.TextContent);
        Assert.Contains("adding the US \u201c" + Seed.QuoteText + "\u201d with nations", quote.QuerySelector(".review-context")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("By Mike Pompeo", Normalise(quote.QuerySelector(".review-who")!.TextContent), StringComparison.Ordinal);
        Assert.Equal($"/articles/{Seed.Slug}#s-{id}", quote.QuerySelector("a.article-link")!.GetAttribute("href"));
        Assert.Contains("paragraph 3", quote.TextContent, StringComparison.Ordinal);
        Assert.Equal("page", page.QuerySelector(".site-nav a[href='/review']")!.GetAttribute("aria-current"));
        Assert.NotNull(page.QuerySelector("script[src^='/js/review.js']"));
        Assert.NotNull(page.QuerySelector("#review-keys kbd"));
    }

    [Fact]
    public async Task Filters_ByKindAndMinimumConfidence_AreAGetForm_AndKeptInThePagerLinks()
    {
        var quotes = await _api.GetFromJsonAsync<JsonElement>("/api/suggestions?kind=quote&minConfidence=0.8");
        var people = await _api.GetFromJsonAsync<JsonElement>("/api/suggestions?kind=person");

        var quotePage = await _factory.CreateClient().GetDocumentAsync("/review?kind=quote&min=80");
        var peoplePage = await _factory.CreateClient().GetDocumentAsync("/review?kind=person");

        var filter = (IHtmlFormElement)quotePage.QuerySelector("#review-filter")!;
        Assert.Equal("get", filter.Method);
        Assert.Equal("quote", ((IHtmlSelectElement)filter.QuerySelector("select[name=kind]")!).Value);
        Assert.Equal("80", ((IHtmlInputElement)filter.QuerySelector("input[name=min]")!).Value);
        var quoteItems = quotePage.QuerySelectorAll("li.review-item");
        Assert.Equal(quotes.GetProperty("total").GetInt32(), quoteItems.Length);
        Assert.NotEmpty(quoteItems);
        Assert.All(quoteItems, i => Assert.Equal("Quote", i.QuerySelector(".badge")!.TextContent));
        Assert.All(quoteItems, i => Assert.True(Percent(i) >= 80));
        Assert.Equal(Math.Min(20, people.GetProperty("total").GetInt32()), peoplePage.QuerySelectorAll("li.review-item").Length);
        Assert.All(peoplePage.QuerySelectorAll("li.review-item"), i => Assert.Equal("Person", i.QuerySelector(".badge")!.TextContent));

        var none = await _factory.CreateClient().GetDocumentAsync("/review?kind=quote&min=100");
        Assert.Empty(none.QuerySelectorAll("li.review-item"));
        Assert.Contains("No pending suggestion matches", none.QuerySelector(".empty")!.TextContent, StringComparison.Ordinal);

        var bad = await _factory.CreateClient().GetAsync("/review?kind=rumour&min=lots&page=-3");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode); // nonsense filters show everything, never an error
    }

    [Fact]
    public async Task Paging_ShowsTwentyAPage_InConfidenceOrder_WithNoItemTwice()
    {
        var body = string.Join("\n\n", Enumerable.Range(1, 25).Select(i => $"\u201cWe will open {i} new offices this year,\u201d said Anna Keller."));
        var article = await _factory.ImportAsync("paging.txt", "Keller expands\n\n" + body);
        await _factory.Services.GetRequiredService<SuggestionGenerator>().SuggestAsync(null, null, CancellationToken.None);
        var total = (await _api.GetFromJsonAsync<JsonElement>("/api/suggestions?kind=quote")).GetProperty("total").GetInt32();
        Assert.True(total > 20, $"only {total} quote suggestions in {article.Slug}");

        var first = await _factory.CreateClient().GetDocumentAsync("/review?kind=quote");
        var next = first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        var second = await _factory.CreateClient().GetDocumentAsync(next);

        Assert.Equal("/review?kind=quote&page=2", next);
        var firstIds = first.QuerySelectorAll("li.review-item").Select(i => i.GetAttribute("data-suggestion-id")).ToList();
        var secondIds = second.QuerySelectorAll("li.review-item").Select(i => i.GetAttribute("data-suggestion-id")).ToList();
        Assert.Equal(20, firstIds.Count);
        Assert.Equal(Math.Min(20, total - 20), secondIds.Count);
        Assert.Empty(firstIds.Intersect(secondIds));
        Assert.True(first.QuerySelectorAll("li.review-item").Select(Percent).Min() >= second.QuerySelectorAll("li.review-item").Select(Percent).Max());
        Assert.Equal("21", second.QuerySelector("ol.review-list")!.GetAttribute("start"));
        Assert.Equal("/review?kind=quote", second.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Accept_ThroughTheForm_TagsAsTheSignedInUser_RemovesTheItem_AndComesBackToTheSamePlace()
    {
        var (browser, raw) = await BrowsersAsync();
        var page = await browser.GetDocumentAsync("/review?kind=quote");
        var item = ItemWith(page, Seed.QuoteText);
        var id = item.GetAttribute("data-suggestion-id")!;

        var redirect = await raw.SubmitFormAsync("/review?kind=quote", $"li[data-suggestion-id='{id}'] form.accept-form", new Dictionary<string, string>());
        var after = await raw.GetDocumentAsync(redirect.Headers.Location!.OriginalString); // the status rides in its cookies

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal($"/review?kind=quote#{item.Id}", redirect.Headers.Location!.OriginalString);
        Assert.Equal("Accepted: quote by Mike Pompeo", after.QuerySelector(".review-status")!.TextContent);
        Assert.Null(after.QuerySelector($"li[data-suggestion-id='{id}']"));
        var annotation = Assert.Single((await _api.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/annotations")).EnumerateArray());
        Assert.Equal("quote", annotation.GetProperty("kind").GetString());
        Assert.Equal(Seed.QuoteText, annotation.GetProperty("exact").GetString());
        Assert.Equal("Mike Pompeo", annotation.GetProperty("person").GetProperty("name").GetString());
        Assert.Equal("Rita", annotation.GetProperty("author").GetString());
        Assert.Equal(int.Parse(id, CultureInfo.InvariantCulture), annotation.GetProperty("suggestionId").GetInt32());

        // The message is shown once.
        Assert.Null((await raw.GetDocumentAsync("/review?kind=quote")).QuerySelector(".review-status"));
    }

    [Fact]
    public async Task Reject_ThroughTheForm_RemovesTheItem_AndARerunDoesNotBringItBack()
    {
        var (browser, _) = await BrowsersAsync();
        var page = await browser.GetDocumentAsync("/review");
        var id = ItemWith(page, "back door").GetAttribute("data-suggestion-id")!;

        var response = await browser.SubmitFormAsync("/review", $"li[data-suggestion-id='{id}'] form.reject-form", new Dictionary<string, string>());
        var after = await response.ToDocumentAsync();
        await _factory.Services.GetRequiredService<SuggestionGenerator>().SuggestAsync(null, null, CancellationToken.None);
        var rerun = await browser.GetDocumentAsync("/review?kind=quote");

        Assert.Equal("/review", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.StartsWith("Rejected", after.QuerySelector(".review-status")!.TextContent, StringComparison.Ordinal);
        Assert.Null(after.QuerySelector($"li[data-suggestion-id='{id}']"));
        Assert.DoesNotContain(rerun.QuerySelectorAll("li.review-item mark.sg"), m => m.TextContent == "back door");
        Assert.Empty((await _api.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/annotations")).EnumerateArray());
    }

    [Fact]
    public async Task QuoteWithoutANamedSpeaker_IsAcceptedOnlyWithTheSpeakerTypedIn()
    {
        var (browser, _) = await BrowsersAsync();
        var page = await browser.GetDocumentAsync("/review?kind=quote");
        var item = ItemWith(page, "disappointed");
        var id = item.GetAttribute("data-suggestion-id")!;
        var form = $"li[data-suggestion-id='{id}'] form.accept-form";

        Assert.NotNull(item.QuerySelector("form.name-form input[name=name][required]"));
        Assert.Equal("Speaker", item.QuerySelector("form.name-form label")!.TextContent);
        Assert.Contains("administration official", item.QuerySelector(".review-who")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("(unnamed)", item.QuerySelector(".review-who")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(item.QuerySelector("form.reject-form"));

        var empty = await (await browser.SubmitFormAsync("/review?kind=quote", form, new Dictionary<string, string>())).ToDocumentAsync();
        Assert.Contains("enter the name of the person who said it", empty.QuerySelector(".review-error")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(empty.QuerySelector($"li[data-suggestion-id='{id}']"));

        var named = await (await browser.SubmitFormAsync("/review?kind=quote", form, new Dictionary<string, string> { ["name"] = "Robert Wood Johnson" })).ToDocumentAsync();
        Assert.Equal("Accepted: quote by Robert Wood Johnson", named.QuerySelector(".review-status")!.TextContent);
        Assert.Null(named.QuerySelector($"li[data-suggestion-id='{id}']"));
        var annotation = Assert.Single((await _api.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/annotations")).EnumerateArray());
        Assert.Equal("disappointed", annotation.GetProperty("exact").GetString());
        Assert.Equal("robert-wood-johnson", annotation.GetProperty("person").GetProperty("slug").GetString());
    }

    [Fact]
    public async Task Accept_OfASuggestionSomeoneElseReviewedMeanwhile_SaysSo_AndChangesNothing()
    {
        var (browser, _) = await BrowsersAsync();
        var page = await browser.GetDocumentAsync("/review");
        var id = ItemWith(page, Seed.QuoteText).GetAttribute("data-suggestion-id")!;
        var form = (IHtmlFormElement)page.QuerySelector($"li[data-suggestion-id='{id}'] form.accept-form")!;
        var values = form.Elements.OfType<IHtmlInputElement>().ToDictionary(i => i.Name!, i => i.Value);
        var other = _factory.CreateTokenClient(await _factory.CreateUserAsync("Otto"));
        Assert.Equal(HttpStatusCode.Created, (await other.PostAsync($"/api/suggestions/{id}/accept", null)).StatusCode);

        var response = await browser.PostAsync(form.Action, new FormUrlEncodedContent(values));

        var after = await response.ToDocumentAsync();
        Assert.Contains("already reviewed by someone else", after.QuerySelector(".review-error")!.TextContent, StringComparison.Ordinal);
        var annotation = Assert.Single((await _api.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/annotations")).EnumerateArray());
        Assert.Equal("Otto", annotation.GetProperty("author").GetString());
    }

    [Fact]
    public async Task Anonymous_ReadsTheQueueWithoutButtons_AndAPostSendsToSignIn_ChangingNothing()
    {
        var anonymous = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await anonymous.GetDocumentAsync("/review?kind=quote");
        var id = ItemWith(page, Seed.QuoteText).GetAttribute("data-suggestion-id")!;
        var token = (await anonymous.GetDocumentAsync("/account/login")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await anonymous.PostAsync("/review?handler=Accept", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["id"] = id,
            ["page"] = "1",
            ["position"] = "1",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Empty(page.QuerySelectorAll(".review-list form"));
        Assert.Empty(page.QuerySelectorAll(".review-list button"));
        Assert.Equal("/account/login?returnUrl=%2Freview%3Fkind%3Dquote", page.QuerySelector("a.sign-in-to-review")!.GetAttribute("href"));
        Assert.DoesNotContain("<kbd>a</kbd>", page.QuerySelector("#review-keys")!.InnerHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.AbsolutePath, StringComparison.OrdinalIgnoreCase);
        Assert.Empty((await _api.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/annotations")).EnumerateArray());
        Assert.NotNull((await anonymous.GetDocumentAsync("/review?kind=quote")).QuerySelector($"li[data-suggestion-id='{id}']"));
    }

    [Fact]
    public async Task Post_WithoutTheAntiforgeryToken_Is400()
    {
        var (browser, _) = await BrowsersAsync();
        var id = ItemWith(await browser.GetDocumentAsync("/review"), Seed.QuoteText).GetAttribute("data-suggestion-id")!;

        var response = await browser.PostAsync("/review?handler=Reject", new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = id, ["page"] = "1", ["position"] = "1" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await browser.GetDocumentAsync("/review")).QuerySelector($"li[data-suggestion-id='{id}']"));
    }

    [Fact]
    public async Task ArticleAndSpeakerText_AreEncoded_NeverMarkup()
    {
        const string Payload = "<script>alert('x')</script>";
        var text = $"Markup <b>test</b>\n\n\u201cWe will never allow {Payload} in our networks,\u201d said Mike Pompeo.\n\nJohn <img src=x onerror=alert(1)> Smith said nothing.";
        await _factory.ImportAsync("markup.txt", text);
        await _factory.Services.GetRequiredService<SuggestionGenerator>().SuggestAsync(null, null, CancellationToken.None);

        var response = await _factory.CreateClient().GetAsync("/review?kind=quote");
        var html = await response.Content.ReadAsStringAsync();
        var page = await response.ToDocumentAsync();

        var item = ItemWith(page, Payload, contains: true);
        Assert.Contains(Payload, item.QuerySelector(".review-context")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Markup <b>test</b>", item.QuerySelector("a.article-link")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(Payload, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>test</b>", html, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main b, main img"));
        Assert.All(page.Scripts, s => Assert.False(string.IsNullOrEmpty(s.Source))); // only the app's own script files
    }

    [Fact]
    public async Task NothingPending_SaysHowToGetSuggestions()
    {
        var all = await _api.GetFromJsonAsync<JsonElement>("/api/suggestions?pageSize=100");
        foreach (var item in all.GetProperty("items").EnumerateArray())
        {
            var id = item.GetProperty("suggestion").GetProperty("id").GetInt32();
            Assert.Equal(HttpStatusCode.NoContent, (await _api.PostAsync($"/api/suggestions/{id}/reject", null)).StatusCode);
        }

        var page = await _factory.CreateClient().GetDocumentAsync("/review");

        Assert.Empty(page.QuerySelectorAll("li.review-item"));
        Assert.Contains("Nothing to review", page.QuerySelector(".empty")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("suggest", page.QuerySelector(".empty code")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>A signed-in browser that follows redirects, and one on the same cookies that does not (to read Location).</summary>
    private async Task<(HttpClient Browser, HttpClient Raw)> BrowsersAsync()
    {
        var browser = await _factory.CreateSignedInClientAsync(_reviewer);
        var raw = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signIn = await raw.SubmitFormAsync("/account/login", "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = _reviewer.Email,
            ["Input.Password"] = _reviewer.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return (browser, raw);
    }

    private static IElement ItemWith(IDocument page, string exact, bool contains = false) =>
        Assert.Single(page.QuerySelectorAll("li.review-item"), i =>
            contains ? i.QuerySelector("mark.sg")!.TextContent.Contains(exact, StringComparison.Ordinal) : i.QuerySelector("mark.sg")!.TextContent == exact);

    private static int Percent(IElement item) =>
        int.Parse(item.QuerySelector(".confidence")!.TextContent.TrimEnd('%').Trim(), CultureInfo.InvariantCulture);

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
