using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsReader.IntegrationTests.Infrastructure;

namespace NewsReader.IntegrationTests.Pages.Articles;

/// <summary>
/// An annotation whose text an edit removed: listed as orphaned on its article, still counted on person
/// pages and in the CSV, and re-attached by its author with the no-JS form or the API.
/// </summary>
public sealed class OrphanTests : IAsyncLifetime, IDisposable
{
    private static readonly string SeedPath = Path.GetFileName(TestFolder.SeedFile);
    private static readonly string SeedText = File.ReadAllText(TestFolder.SeedFile);
    private const string LastQuote = "they\u2019ve made their concerns clear";
    private readonly NewsReaderFactory _factory = new NewsReaderFactory().With("Ingestion:Suggest", "false");
    private TestUser _author = null!;
    private int _id;

    public async Task InitializeAsync()
    {
        _author = await _factory.CreateUserAsync("Orla");
        var api = _factory.CreateTokenClient(_author);
        var response = await api.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", await Seed.AnnotationFor(api, LastQuote, "quote", person: new { name = "Ben Wallace" }));
        _id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        // A correction drops the paragraph that held the quote.
        var blocks = SeedText.Split("\n\n").ToList();
        var holder = blocks.FindLastIndex(b => b.Contains(LastQuote, StringComparison.Ordinal));
        blocks.RemoveAt(holder);
        await _factory.ImportAsync(SeedPath, string.Join("\n\n", blocks));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ArticlePage_ListsTheOrphan_WithItsOldTextAndContext_AndReattachForItsAuthor()
    {
        var author = await _factory.CreateSignedInClientAsync(_author);
        var other = await _factory.CreateSignedInClientAsync(await _factory.CreateUserAsync("Nils"));

        var page = await author.GetDocumentAsync(Seed.Url);
        var othersPage = await other.GetDocumentAsync(Seed.Url);
        var entry = page.QuerySelector($"#orphaned #annotation-{_id}");

        Assert.NotNull(entry);
        Assert.Contains(LastQuote, entry!.QuerySelector("mark")!.TextContent);
        Assert.Contains("earlier version", entry.TextContent);
        Assert.Null(page.QuerySelector($"#h-{_id}"));
        Assert.NotNull(entry.QuerySelector($"a[href='/annotations/{_id}/reattach']"));
        Assert.Null(othersPage.QuerySelector($"#annotation-{_id} a[href$='/reattach']"));
        Assert.Equal($"#annotation-{_id}", page.QuerySelector("#in-this-article .panel-list a[href^='#annotation-']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task PersonPageAndCsv_StillCountTheOrphan_MarkedFromAnEarlierVersion()
    {
        var client = _factory.CreateClient();

        var page = await client.GetDocumentAsync("/people/ben-wallace");
        var csv = await client.GetStringAsync("/people/ben-wallace/quotes.csv");
        var api = await client.GetFromJsonAsync<JsonElement>("/api/people/ben-wallace/quotes");

        Assert.Contains(LastQuote, page.QuerySelector($"[data-annotation-id='{_id}']")!.TextContent);
        Assert.Contains("from an earlier version", page.QuerySelector($"[data-annotation-id='{_id}']")!.TextContent);
        Assert.Contains("from an earlier version", csv);
        var quote = api.EnumerateArray().Single(q => q.GetProperty("annotationId").GetInt32() == _id);
        Assert.True(quote.GetProperty("fromEarlierVersion").GetBoolean());
    }

    [Fact]
    public async Task ReattachForm_PutsItOnTheChosenText_AndRecordsIt()
    {
        var author = await _factory.CreateSignedInClientAsync(_author);
        var paragraphs = await Seed.ParagraphsAsync(author);
        var number = paragraphs.ToList().FindIndex(p => p.Text.Contains(Seed.QuoteText, StringComparison.Ordinal)) + 1;

        var response = await author.SubmitFormAsync($"/annotations/{_id}/reattach", "main form", new Dictionary<string, string>
        {
            ["Input.Paragraph"] = number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Exact"] = Seed.QuoteText,
        });
        var annotation = (await author.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/annotations")).EnumerateArray().Single();
        var history = await author.GetFromJsonAsync<JsonElement>($"/api/annotations/{_id}/history");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("anchored", annotation.GetProperty("state").GetString());
        Assert.Equal(Seed.QuoteText, annotation.GetProperty("exact").GetString());
        Assert.Equal(LastQuote, annotation.GetProperty("previousExact").GetString());
        Assert.Equal("reattached", history.EnumerateArray().Last().GetProperty("action").GetString());
    }

    [Fact]
    public async Task ReattachApi_ChecksTheAnchor_AndTheAuthor()
    {
        var api = _factory.CreateTokenClient(_author);
        var other = _factory.CreateTokenClient(await _factory.CreateUserAsync("Ivo"));
        var paragraph = (await Seed.ParagraphsAsync(api)).First(p => p.Text.Contains("Huawei", StringComparison.Ordinal));
        var start = paragraph.Text.IndexOf("Huawei", StringComparison.Ordinal);

        var wrongText = await api.PostAsJsonAsync($"/api/annotations/{_id}/reattach", new { paragraphId = paragraph.Id, start, end = start + 6, exact = "Hu4wei" });
        var notAuthor = await other.PostAsJsonAsync($"/api/annotations/{_id}/reattach", new { paragraphId = paragraph.Id, start, end = start + 6, exact = "Huawei" });
        var done = await api.PostAsJsonAsync($"/api/annotations/{_id}/reattach", new { paragraphId = paragraph.Id, start, end = start + 6, exact = "Huawei" });

        Assert.Equal(HttpStatusCode.BadRequest, wrongText.StatusCode);
        Assert.Contains("exact", await wrongText.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, notAuthor.StatusCode);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal(paragraph.Id, (await done.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("paragraphId").GetInt32());
    }

    [Fact]
    public async Task OrphanQueue_ShowsTheAuthorTheirs_AnAdminEveryones_AnotherUserNone()
    {
        var author = await _factory.CreateSignedInClientAsync(_author);
        var admin = await _factory.CreateSignedInClientAsync(await _factory.CreateUserAsync("Ada", admin: true));
        var other = await _factory.CreateSignedInClientAsync(await _factory.CreateUserAsync("Olaf"));

        var mine = await author.GetDocumentAsync("/annotations/orphaned");
        var everyone = await admin.GetDocumentAsync("/annotations/orphaned");
        var none = await other.GetDocumentAsync("/annotations/orphaned");

        Assert.NotNull(mine.QuerySelector($"[data-annotation-id='{_id}'] a[href='/annotations/{_id}/reattach']"));
        Assert.NotNull(everyone.QuerySelector($"[data-annotation-id='{_id}']"));
        Assert.Null(none.QuerySelector($"[data-annotation-id='{_id}']"));
        Assert.Contains("Nothing is orphaned", none.QuerySelector("main")!.TextContent);
    }
}
