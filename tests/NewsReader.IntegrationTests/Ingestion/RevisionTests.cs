using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsReader.IntegrationTests.Infrastructure;

namespace NewsReader.IntegrationTests.Ingestion;

/// <summary>
/// An article's file is edited and ingested again: its annotations follow their text, nothing is lost,
/// and what could not be found again is kept as an orphan. The seed edited as a correction would be.
/// </summary>
public sealed class RevisionTests : IDisposable
{
    private static readonly string SeedPath = Path.GetFileName(TestFolder.SeedFile);
    private static readonly string SeedText = File.ReadAllText(TestFolder.SeedFile);
    private readonly NewsReaderFactory _factory = new NewsReaderFactory().With("Ingestion:Suggest", "false");

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Edit_ParagraphAddedAtTopLastRemoved_AnnotationsKeepTheirText_TheRemovedOneIsOrphaned()
    {
        var api = _factory.CreateTokenClient(await _factory.CreateUserAsync("Edna"));
        var pompeo = await TagAsync(api, "of State Mike Pompeo", "person", person: new { name = "Mike Pompeo" });
        var quote = await TagAsync(api, Seed.QuoteText, "quote", person: new { name = "Mike Pompeo" });
        var last = await TagAsync(api, "lots of assurances", "topic", topic: new { name = "Assurances" });

        var outcome = await _factory.ImportAsync(SeedPath, Edited(SeedText, top: "A correction was added at the top of this story.", dropLast: true));
        var annotations = await ListAsync(api);
        var article = await api.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}");

        Assert.Equal(NewsReader.Web.Ingestion.ImportStatus.Updated, outcome.Status);
        Assert.Equal(2, article.GetProperty("revision").GetInt32());
        Assert.Equal(3, annotations.Count);
        AssertCovers(article, annotations[pompeo], "of State Mike Pompeo", "anchored");
        AssertCovers(article, annotations[quote], Seed.QuoteText, "anchored");
        Assert.Equal("orphaned", annotations[last].GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, annotations[last].GetProperty("paragraphId").ValueKind);
        Assert.Equal(JsonValueKind.Null, annotations[last].GetProperty("start").ValueKind);
        Assert.Equal("lots of assurances", annotations[last].GetProperty("exact").GetString());
        Assert.Equal(1, outcome.Revision!.Orphaned);
    }

    [Fact]
    public async Task Edit_TypoFixedInsideAQuote_ReanchorsIt_KeepingTheTextItWasMadeOn()
    {
        var api = _factory.CreateTokenClient(await _factory.CreateUserAsync("Rex"));
        const string before = "denied the decision will affect the UK-US intelligence-sharing relationship";
        var id = await TagAsync(api, before, "quote", person: new { name = "Dominic Raab" });

        await _factory.ImportAsync(SeedPath, SeedText.Replace("has denied the decision will affect", "has denied that the decision would affect", StringComparison.Ordinal));
        var annotation = (await ListAsync(api))[id];
        var article = await api.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}");

        AssertCovers(article, annotation, annotation.GetProperty("exact").GetString()!, "reanchored");
        Assert.Contains("would affect", annotation.GetProperty("exact").GetString());
        Assert.Equal(before, annotation.GetProperty("previousExact").GetString());
    }

    [Fact]
    public async Task Edit_KeepsTheOldTextAsARevision_AndRecordsWhatHappenedInHistory()
    {
        var api = _factory.CreateTokenClient(await _factory.CreateUserAsync("Hal"));
        var id = await TagAsync(api, "lots of assurances", "topic", topic: new { name = "Assurances" });

        await _factory.ImportAsync(SeedPath, Edited(SeedText, top: null, dropLast: true));
        var history = await api.GetFromJsonAsync<JsonElement>($"/api/annotations/{id}/history");
        await using var db = _factory.CreateDbContext();
        var revision = await db.ArticleRevisions.SingleAsync();

        Assert.Equal(1, revision.Number);
        Assert.Contains(revision.Paragraphs, p => p.Text.Contains("lots of assurances", StringComparison.Ordinal));
        Assert.Equal(["created", "orphaned"], history.EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        Assert.Equal(JsonValueKind.Null, history[1].GetProperty("actor").ValueKind);
    }

    [Fact]
    public async Task Edit_TextComesBack_TheOrphanIsAnchoredAgain()
    {
        var api = _factory.CreateTokenClient(await _factory.CreateUserAsync("Bo"));
        var id = await TagAsync(api, "lots of assurances", "topic", topic: new { name = "Assurances" });

        await _factory.ImportAsync(SeedPath, Edited(SeedText, top: null, dropLast: true));
        await _factory.ImportAsync(SeedPath, SeedText + "\n\nA paragraph added later.");
        var annotation = (await ListAsync(api))[id];
        var article = await api.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}");

        AssertCovers(article, annotation, "lots of assurances", "anchored");
    }

    [Fact]
    public async Task Delete_LeavesListsButHistoryKeepsIt_AndRestoreBringsItBack()
    {
        var user = await _factory.CreateUserAsync("Dee");
        var api = _factory.CreateTokenClient(user);
        var id = await TagAsync(api, "lots of assurances", "topic", topic: new { name = "Assurances" });

        var deleted = await api.DeleteAsync($"/api/annotations/{id}");
        var listed = await ListAsync(api);
        var restored = await api.PostAsync($"/api/annotations/{id}/restore", null);
        var body = await restored.Content.ReadFromJsonAsync<JsonElement>();
        var history = await api.GetFromJsonAsync<JsonElement>($"/api/annotations/{id}/history");
        var other = _factory.CreateTokenClient(await _factory.CreateUserAsync("Otto"));
        var byOther = await other.PostAsync($"/api/annotations/{id}/restore", null);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.DoesNotContain(id, listed.Keys);
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.Equal("lots of assurances", body.GetProperty("exact").GetString());
        Assert.Contains(id, (await ListAsync(api)).Keys);
        Assert.Equal(["created", "deleted", "restored"], history.EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, byOther.StatusCode);
    }

    private static string Edited(string text, string? top, bool dropLast)
    {
        var blocks = text.Split("\n\n").ToList();
        if (dropLast)
        {
            blocks.RemoveAt(blocks.Count - 1);
        }

        if (top is not null)
        {
            blocks.Insert(1, top); // after the title line
        }

        return string.Join("\n\n", blocks);
    }

    private static async Task<int> TagAsync(HttpClient api, string exact, string kind, object? person = null, object? topic = null)
    {
        var response = await api.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", await Seed.AnnotationFor(api, exact, kind, person, topic));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    private static async Task<Dictionary<int, JsonElement>> ListAsync(HttpClient api) =>
        (await api.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/annotations")).EnumerateArray()
            .ToDictionary(a => a.GetProperty("id").GetInt32());

    // The invariant the API promises: the paragraph's text from start to end is exact.
    private static void AssertCovers(JsonElement article, JsonElement annotation, string exact, string state)
    {
        Assert.Equal(state, annotation.GetProperty("state").GetString());
        Assert.Equal(exact, annotation.GetProperty("exact").GetString());
        var paragraphId = annotation.GetProperty("paragraphId").GetInt32();
        var text = article.GetProperty("paragraphs").EnumerateArray().Single(p => p.GetProperty("id").GetInt32() == paragraphId).GetProperty("text").GetString()!;
        var start = annotation.GetProperty("start").GetInt32();
        Assert.Equal(exact, text[start..annotation.GetProperty("end").GetInt32()]);
    }
}
