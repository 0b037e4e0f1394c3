using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsReader.IntegrationTests.Infrastructure;

namespace NewsReader.IntegrationTests.Api;

/// <summary>Undo and redo of one's own changes, through the API (the tagging script) and the no-JS status line.</summary>
public sealed class UndoTests : IAsyncLifetime, IDisposable
{
    private readonly NewsReaderFactory _factory = new NewsReaderFactory().With("Ingestion:Suggest", "false");
    private TestUser _user = null!;
    private HttpClient _api = null!;

    public async Task InitializeAsync()
    {
        _user = await _factory.CreateUserAsync("Una");
        _api = _factory.CreateTokenClient(_user);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task UndoCreate_DeletesIt_RedoBringsItBack_EachNamingItsOwnChange()
    {
        var (id, created) = await CreateAsync("lots of assurances");

        var undone = await _api.PostAsync($"/api/annotation-events/{created}/undo", null);
        var afterUndo = await ListAsync();
        var redone = await _api.PostAsync($"/api/annotation-events/{EventOf(undone)}/undo", null);
        var afterRedo = await ListAsync();

        Assert.Equal(HttpStatusCode.OK, undone.StatusCode);
        Assert.DoesNotContain(id, afterUndo);
        Assert.Equal(HttpStatusCode.OK, redone.StatusCode);
        Assert.Contains(id, afterRedo);
        Assert.NotEqual(EventOf(undone), EventOf(redone));
    }

    [Fact]
    public async Task UndoEdit_PutsTheNoteBack()
    {
        var (id, _) = await CreateAsync("lots of assurances");
        var edited = await _api.PatchAsJsonAsync($"/api/annotations/{id}", new { note = "second thoughts" });

        var undone = await _api.PostAsync($"/api/annotation-events/{EventOf(edited)}/undo", null);
        var body = await undone.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, undone.StatusCode);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("annotation").GetProperty("note").ValueKind);
    }

    [Fact]
    public async Task Undo_SomeoneElsesChange_Forbidden_AnOlderChange_Conflict()
    {
        var (id, created) = await CreateAsync("lots of assurances");
        await _api.PatchAsJsonAsync($"/api/annotations/{id}", new { note = "later" });
        var other = _factory.CreateTokenClient(await _factory.CreateUserAsync("Vic"));

        var byOther = await other.PostAsync($"/api/annotation-events/{created}/undo", null);
        var older = await _api.PostAsync($"/api/annotation-events/{created}/undo", null);

        Assert.Equal(HttpStatusCode.Forbidden, byOther.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, older.StatusCode);
        Assert.Contains("history", await older.Content.ReadAsStringAsync());
        Assert.Contains(id, await ListAsync());
    }

    [Fact]
    public async Task StatusLine_WithoutScript_UndoesADeleteAndOffersRedo()
    {
        var (id, _) = await CreateAsync("lots of assurances");
        var browser = await _factory.CreateSignedInClientAsync(_user);

        var deleted = await browser.SubmitFormAsync(Seed.Url, $"#annotation-{id} form", new Dictionary<string, string>());
        var afterDelete = await deleted.ToDocumentAsync();
        var undone = await browser.SubmitFormAsync(deleted.RequestMessage!.RequestUri!.PathAndQuery, "#change-status form", new Dictionary<string, string>());
        var afterUndo = await undone.ToDocumentAsync();

        Assert.Contains("Deleted", afterDelete.QuerySelector("#change-status")!.TextContent);
        Assert.Equal("Undo", afterDelete.QuerySelector("#change-status button")!.TextContent.Trim());
        Assert.Contains(id, await ListAsync());
        Assert.Contains("Undone", afterUndo.QuerySelector("#change-status")!.TextContent);
        Assert.Equal("Redo", afterUndo.QuerySelector("#change-status button")!.TextContent.Trim());
    }

    [Fact]
    public async Task AnonymousPage_HasNoStatusLine_EvenWithAnEventInTheAddress()
    {
        var (_, created) = await CreateAsync("lots of assurances");

        var page = await _factory.CreateClient().GetDocumentAsync($"{Seed.Url}?undo={created}");

        Assert.Null(page.QuerySelector("#change-status"));
    }

    private async Task<(int Id, long EventId)> CreateAsync(string exact)
    {
        var response = await _api.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", await Seed.AnnotationFor(_api, exact, "topic", topic: new { name = "Assurances" }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return ((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32(), EventOf(response));
    }

    private static long EventOf(HttpResponseMessage response) =>
        long.Parse(response.Headers.GetValues("X-Annotation-Event").Single(), System.Globalization.CultureInfo.InvariantCulture);

    private async Task<List<int>> ListAsync() =>
        [.. (await _api.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/annotations")).EnumerateArray().Select(a => a.GetProperty("id").GetInt32())];
}
