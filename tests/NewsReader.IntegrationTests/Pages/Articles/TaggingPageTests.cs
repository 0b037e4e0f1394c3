using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsReader.IntegrationTests.Infrastructure;

namespace NewsReader.IntegrationTests.Pages.Articles;

/// <summary>The article page's highlights and panel, and tagging through the no-JavaScript form.</summary>
public sealed class TaggingPageTests : IAsyncLifetime, IDisposable
{
    private readonly NewsReaderFactory _factory = new();
    private TestUser _user = null!;

    public async Task InitializeAsync() => _user = await _factory.CreateUserAsync("Tess");

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Highlights_AreInTheServedHtml_NestedAndMarkedByKind()
    {
        var api = _factory.CreateTokenClient(_user);
        var sentence = "Mr Pompeo previously said Huawei equipment posed a spying risk";
        var quote = await CreateAsync(api, await Seed.AnnotationFor(api, sentence, "quote", person: new { name = "Mike Pompeo" }));
        var mention = await CreateAsync(api, await Seed.AnnotationFor(api, "Mr Pompeo", "person", person: new { name = "Mike Pompeo" }, within: sentence));
        var topic = await CreateAsync(api, await Seed.AnnotationFor(api, "Huawei", "topic", topic: new { name = "Huawei" }, within: sentence));

        var page = await _factory.CreateClient().GetDocumentAsync(Seed.Url);

        var outer = page.QuerySelector($"mark.hl-quote[data-annotation-id='{quote}']")!;
        Assert.Equal(sentence, outer.TextContent);
        Assert.Equal($"h-{quote}", outer.Id);
        Assert.Equal("Mr Pompeo", outer.QuerySelector($"mark.hl-person[data-annotation-id='{mention}']")!.TextContent);
        Assert.Equal("Huawei", outer.QuerySelector($"mark.hl-topic[data-annotation-id='{topic}']")!.TextContent);
        Assert.Equal(page.QuerySelector("#p3")!.TextContent, (await Seed.ParagraphsAsync(api))[2].Text); // the text itself is unchanged
        Assert.Equal(3, page.QuerySelectorAll(".legend li").Length);
    }

    [Fact]
    public async Task CachedPage_ForAnonymousReaders_ShowsANewAnnotationAtOnce()
    {
        var reader = _factory.CreateClient();
        var before = await reader.GetDocumentAsync(Seed.Url); // fills the output cache
        var api = _factory.CreateTokenClient(_user);

        var id = await CreateAsync(api, await Seed.AnnotationFor(api, "Ben Wallace", "person", person: new { name = "Ben Wallace" }));
        var after = await reader.GetDocumentAsync(Seed.Url);

        Assert.Empty(before.QuerySelectorAll("mark.hl"));
        Assert.NotNull(after.QuerySelector($"mark[data-annotation-id='{id}']"));
    }

    [Fact]
    public async Task SidePanel_GroupsQuotesBySpeaker_ListsPeopleAndTopics_LinkingToHighlights()
    {
        var api = _factory.CreateTokenClient(_user);
        var quote = await CreateAsync(api, await Seed.AnnotationFor(api, Seed.QuoteText, "quote", person: new { name = "Mike Pompeo" }));
        await CreateAsync(api, await Seed.AnnotationFor(api, "Ben Wallace", "person", person: new { name = "Ben Wallace" }));
        await CreateAsync(api, await Seed.AnnotationFor(api, "5G network", "topic", topic: new { name = "5G" }));

        var panel = (await _factory.CreateClient().GetDocumentAsync(Seed.Url)).QuerySelector("#in-this-article")!;

        Assert.Equal("Mike Pompeo", panel.QuerySelector("h4.speaker a")!.TextContent);
        Assert.Equal("/people/mike-pompeo", panel.QuerySelector("h4.speaker a")!.GetAttribute("href"));
        Assert.NotNull(panel.QuerySelector($"a[href='#h-{quote}']"));
        Assert.Contains("Ben Wallace", panel.TextContent);
        Assert.NotNull(panel.QuerySelector("a[href='/topics/5g']"));
        Assert.Equal(3, panel.QuerySelectorAll(".annotation-detail").Length);
    }

    [Fact]
    public async Task Notes_WithScriptsLinksAndRawHtml_RenderInert()
    {
        var api = _factory.CreateTokenClient(_user);
        const string note = "<script>alert(1)</script> [click](javascript:alert(2)) <img src=x onerror=alert(3)> **fine** [BBC](https://www.bbc.co.uk)";
        var id = await CreateAsync(api, await Seed.AnnotationFor(api, "Ben Wallace", "person", person: new { name = "<b>Ben</b> Wallace" }, note: note));

        var page = await _factory.CreateClient().GetDocumentAsync(Seed.Url);
        var detail = page.QuerySelector($"#annotation-{id}")!;

        Assert.Empty(detail.QuerySelectorAll("script, img, b"));
        Assert.DoesNotContain(detail.QuerySelectorAll("a"), a => a.GetAttribute("href")!.Contains("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("fine", detail.QuerySelector(".annotation-note strong")!.TextContent);
        Assert.Equal("https://www.bbc.co.uk", detail.QuerySelector(".annotation-note a")!.GetAttribute("href"));
        Assert.Contains("<script>alert(1)</script>", detail.QuerySelector(".annotation-note")!.TextContent);
        Assert.Contains("<b>Ben</b> Wallace", detail.TextContent);
    }

    [Fact]
    public async Task NoJavaScriptForm_TagsTheNthOccurrence_AndRedirectsToTheHighlight()
    {
        var browser = await _factory.CreateSignedInClientAsync(_user);

        var response = await browser.SubmitFormAsync(Seed.Url, "#tag-form", new Dictionary<string, string>
        {
            ["Tag.Paragraph"] = "2",
            ["Tag.Exact"] = "Huawei",
            ["Tag.Occurrence"] = "1",
            ["Tag.Kind"] = "topic",
            ["Tag.Name"] = "Huawei",
            ["Tag.Note"] = "via the form",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Seed.Url, response.RequestMessage!.RequestUri!.AbsolutePath);
        var list = await browser.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/annotations");
        var created = Assert.Single(list.EnumerateArray());
        var paragraphs = await Seed.ParagraphsAsync(browser);
        Assert.Equal(paragraphs[1].Id, created.GetProperty("paragraphId").GetInt32());
        Assert.Equal(paragraphs[1].Text.IndexOf("Huawei", StringComparison.Ordinal), created.GetProperty("start").GetInt32());
        Assert.Equal("via the form", created.GetProperty("note").GetString());
        var page = await response.ToDocumentAsync();
        Assert.NotNull(page.QuerySelector("mark.hl-topic"));
    }

    [Fact]
    public async Task NoJavaScriptForm_TextNotInParagraph_ReShowsTheFormWithTheReason()
    {
        var browser = await _factory.CreateSignedInClientAsync(_user);

        var response = await browser.SubmitFormAsync(Seed.Url, "#tag-form", new Dictionary<string, string>
        {
            ["Tag.Paragraph"] = "2", ["Tag.Exact"] = "Huawei", ["Tag.Occurrence"] = "5", ["Tag.Kind"] = "topic", ["Tag.Name"] = "Huawei",
        });
        var page = await response.ToDocumentAsync();

        Assert.Contains("does not contain \"Huawei\" 5 times", page.QuerySelector("#tag-form .form-errors")!.TextContent);
        Assert.Empty((await browser.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/annotations")).EnumerateArray());
    }

    [Theory]
    [InlineData("person", "\u200C\u200D", "A person's name needs at least one visible letter or digit.")]
    [InlineData("topic", "Huawei\u202E", "A topic's name cannot contain a bidirectional")]
    public async Task NoJavaScriptForm_ARefusedName_ReShowsTheFormWithTheReason(string kind, string name, string expected)
    {
        var browser = await _factory.CreateSignedInClientAsync(_user);

        var response = await browser.SubmitFormAsync(Seed.Url, "#tag-form", new Dictionary<string, string>
        {
            ["Tag.Paragraph"] = "2", ["Tag.Exact"] = "Huawei", ["Tag.Kind"] = kind, ["Tag.Name"] = name,
        });
        var page = await response.ToDocumentAsync();

        Assert.Contains(expected, page.QuerySelector("#tag-form .form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Empty((await browser.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/annotations")).EnumerateArray());
    }

    [Fact]
    public async Task Anonymous_SeesNoFormButASignInLink_AndCannotPostTheForm()
    {
        var anonymous = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var page = await anonymous.GetDocumentAsync(Seed.Url);
        var post = await anonymous.PostAsync($"{Seed.Url}?handler=Tag", new FormUrlEncodedContent(new Dictionary<string, string> { ["Tag.Exact"] = "Huawei" }));

        Assert.Null(page.QuerySelector("#tag-form"));
        Assert.NotNull(page.QuerySelector($"a[href^='/account/login']"));
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        Assert.Empty((await anonymous.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/annotations")).EnumerateArray());
    }

    [Fact]
    public async Task EditAndDeleteForms_WorkForTheAuthor_AndOtherUsersSeeNoControls()
    {
        var api = _factory.CreateTokenClient(_user);
        var id = await CreateAsync(api, await Seed.AnnotationFor(api, "Ben Wallace", "person", person: new { name = "Ben Wallace" }));
        var browser = await _factory.CreateSignedInClientAsync(_user);

        var edited = await browser.SubmitFormAsync($"/annotations/{id}/edit", "main form", new Dictionary<string, string>
        {
            ["Input.Kind"] = "quote", ["Input.Name"] = "Ben Wallace", ["Input.Note"] = "changed by form",
        });
        var other = await _factory.CreateSignedInClientAsync(await _factory.CreateUserAsync("Olga"));
        var othersView = await other.GetDocumentAsync(Seed.Url);
        var othersEdit = await other.GetAsync($"/annotations/{id}/edit");
        var deleted = await browser.SubmitFormAsync(Seed.Url, $"#annotation-{id} form", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Contains("changed by form", (await edited.ToDocumentAsync()).QuerySelector($"#annotation-{id}")!.TextContent);
        Assert.Null(othersView.QuerySelector($"#annotation-{id} form"));
        Assert.Null(othersView.QuerySelector($"#annotation-{id} a[href$='/edit']"));
        Assert.Equal(HttpStatusCode.Forbidden, othersEdit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Empty((await browser.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/annotations")).EnumerateArray());
    }

    [Fact]
    public async Task DeleteForm_OnAnotherArticlesPage_IsNotFound_AndDeletesNothing()
    {
        var other = await _factory.ImportAsync("elsewhere.txt", "Another story\n\nNothing to see here.");
        var api = _factory.CreateTokenClient(_user);
        var id = await CreateAsync(api, await Seed.AnnotationFor(api, "Ben Wallace", "person", person: new { name = "Ben Wallace" }));
        var browser = await _factory.CreateSignedInClientAsync(_user);
        var token = (await browser.GetDocumentAsync(Seed.Url)).QuerySelector($"#annotation-{id} form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await browser.PostAsync($"/articles/{other.Slug}?handler=Delete&id={id}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Single((await api.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/annotations")).EnumerateArray());
    }

    private static async Task<int> CreateAsync(HttpClient api, Dictionary<string, object?> body)
    {
        var response = await api.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }
}
