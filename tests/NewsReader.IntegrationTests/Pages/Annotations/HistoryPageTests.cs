using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using NewsReader.IntegrationTests.Infrastructure;
using NewsReader.Web.Pages.Shared;

namespace NewsReader.IntegrationTests.Pages.Annotations;

/// <summary>An annotation's history page: who did what and when, what changed, and restoring a deleted one.</summary>
public sealed class HistoryPageTests : IAsyncLifetime, IDisposable
{
    private const string LastParagraphText = "lots of assurances";
    private readonly NewsReaderFactory _factory = new NewsReaderFactory().With("Ingestion:Suggest", "false");
    private TestUser _author = null!;
    private HttpClient _api = null!;

    public async Task InitializeAsync()
    {
        _author = await _factory.CreateUserAsync("Hester");
        _api = _factory.CreateTokenClient(_author);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task History_CreatedEditedDeleted_OldestFirst_WithWhoAndWhatChanged()
    {
        var id = await TagAsync(Seed.QuoteText, "quote", person: new { name = "Mike Pompeo" });
        Assert.True((await _api.PatchAsJsonAsync($"/api/annotations/{id}", new { note = "<b>Checked</b> against the video" })).IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _api.DeleteAsync($"/api/annotations/{id}")).StatusCode);

        var page = await _factory.CreateClient().GetDocumentAsync($"/annotations/{id}/history");

        var entries = page.QuerySelectorAll(".history-entry");
        Assert.Equal(["created", "edited", "deleted"], entries.Select(e => e.GetAttribute("data-action")));
        Assert.All(entries, e => Assert.Equal("Hester", e.QuerySelector(".history-who")!.TextContent));
        Assert.Equal(Seed.QuoteText, Field(entries[0], "Text"));
        Assert.Equal("Mike Pompeo", Field(entries[0], "Speaker"));
        Assert.Equal("Note", Assert.Single(entries[1].QuerySelectorAll("dt")).TextContent);
        Assert.Equal("now: <b>Checked</b> against the video", entries[1].QuerySelector("dd .now")!.TextContent);
        Assert.Empty(page.QuerySelectorAll(".history-changes b"));
        Assert.NotNull(entries[0].QuerySelector($"a[href='{Seed.Url}/revisions/1']"));
        Assert.NotNull(page.QuerySelector(".deleted-notice"));
        Assert.Null(page.QuerySelector(".restore-form")); // not signed in
        Assert.NotNull(page.QuerySelector($"main a[href='{Seed.Url}']"));
    }

    [Fact]
    public async Task History_TextRemovedByAnEdit_ShowsTheOrphaningByNewsReaderItself()
    {
        var id = await TagAsync(LastParagraphText, "topic", topic: new { name = "Assurances" });
        var text = File.ReadAllText(TestFolder.SeedFile);
        await _factory.ImportAsync(Path.GetFileName(TestFolder.SeedFile), text[..text.TrimEnd().LastIndexOf("\n\n", StringComparison.Ordinal)]);

        var page = await _factory.CreateClient().GetDocumentAsync($"/annotations/{id}/history");

        var orphaned = page.QuerySelectorAll(".history-entry")[1];
        Assert.Equal("orphaned", orphaned.GetAttribute("data-action"));
        Assert.Equal(HistoryWording.NewsReaderItself, orphaned.QuerySelector(".history-who")!.TextContent);
        Assert.Equal(["Place", "Anchoring"], orphaned.QuerySelectorAll("dt").Select(dt => dt.TextContent)); // where it was, and that it is gone
        Assert.Equal("now: orphaned: its text is no longer in the article", orphaned.QuerySelectorAll("dd .now").Last().TextContent);
        Assert.NotNull(orphaned.QuerySelector($"a[href='{Seed.Url}/revisions/2']"));
    }

    [Fact]
    public async Task History_NeverExisted_Is404()
    {
        var response = await _factory.CreateClient().GetAsync("/annotations/987654/history");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Restore_ByTheAuthorThroughTheForm_BringsItBackAndSaysSoOnTheArticle()
    {
        var id = await TagAsync("Ben Wallace", "person", person: new { name = "Ben Wallace" });
        await _api.DeleteAsync($"/api/annotations/{id}");
        var browser = await _factory.CreateSignedInClientAsync(_author);

        var response = await browser.SubmitFormAsync($"/annotations/{id}/history", ".restore-form", new Dictionary<string, string>());
        var article = await response.ToDocumentAsync();
        var history = await browser.GetDocumentAsync($"/annotations/{id}/history");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Seed.Url, response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Restored", article.QuerySelector(".review-message")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(article.QuerySelector($"mark[data-annotation-id='{id}']"));
        Assert.Equal("restored", history.QuerySelectorAll(".history-entry").Last().GetAttribute("data-action"));
        Assert.Null(history.QuerySelector(".deleted-notice"));
    }

    [Fact]
    public async Task Restore_ByAnotherUser_HasNoButton_AndAPostIsRefused()
    {
        var id = await TagAsync("Ben Wallace", "person", person: new { name = "Ben Wallace" });
        await _api.DeleteAsync($"/api/annotations/{id}");
        var other = await _factory.CreateSignedInClientAsync(await _factory.CreateUserAsync("Otto"));

        var page = await other.GetDocumentAsync($"/annotations/{id}/history");
        var token = await other.GetAntiforgeryTokenAsync($"/annotations/{id}/history");
        var response = await other.PostAsync($"/annotations/{id}/history?handler=Restore", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var listed = await _api.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/annotations");

        Assert.NotNull(page.QuerySelector(".deleted-notice"));
        Assert.Null(page.QuerySelector(".restore-form"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain(listed.EnumerateArray(), a => a.GetProperty("id").GetInt32() == id);
    }

    private static string Field(IElement entry, string name) =>
        entry.QuerySelectorAll("dt").Single(dt => dt.TextContent == name).NextElementSibling!.TextContent;

    private async Task<int> TagAsync(string exact, string kind, object? person = null, object? topic = null)
    {
        var response = await _api.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", await Seed.AnnotationFor(_api, exact, kind, person, topic));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }
}
