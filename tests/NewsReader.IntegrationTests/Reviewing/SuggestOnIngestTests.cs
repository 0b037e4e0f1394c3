using Microsoft.EntityFrameworkCore;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.IntegrationTests.Infrastructure;
using NewsReader.Web.Ingestion;

namespace NewsReader.IntegrationTests.Reviewing;

/// <summary>Ingestion suggests for new and changed articles, keeping what reviewers decided.</summary>
public sealed class SuggestOnIngestTests : IDisposable
{
    private const string Original = """
        Minister defends rail plan

        Transport Secretary Jane Holloway said the plan was "the biggest investment in a generation".

        "We will not let passengers down," Ms Holloway told MPs on Tuesday.

        Critics were unconvinced. "It is a fantasy," said Labour's Tom Grady.
        """;

    private const string Revised = """
        Minister defends rail plan

        Transport Secretary Jane Holloway said the plan was "the biggest investment in a generation".

        "We will not let passengers down," Ms Holloway told MPs on Tuesday.

        Critics were unconvinced. "The sums do not add up," said Labour's Tom Grady.
        """;

    private readonly NewsReaderFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task NewArticles_GetSuggestions_ChangedOnesAreRedone_AndRejectionsSurvive()
    {
        var folder = _factory.Folder.Combine("incoming");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "rail.txt");
        await File.WriteAllTextAsync(file, Original);
        var ingestor = _factory.Services.GetRequiredService<ArticleIngestor>();
        var reviewer = await _factory.CreateUserAsync("Ian");
        var client = _factory.CreateTokenClient(reviewer);

        var first = await ingestor.IngestAsync(folder, null, CancellationToken.None);

        Assert.Equal(1, first.New);
        Assert.NotNull(first.Suggestions);
        var before = await SuggestionsAsync(client);
        var investment = Quote(before, "the biggest investment in a generation");
        Assert.Equal("Jane Holloway", investment.GetProperty("person").GetProperty("name").GetString());
        var fantasy = Quote(before, "It is a fantasy,");
        Assert.Equal("Tom Grady", fantasy.GetProperty("person").GetProperty("name").GetString());
        var passengers = Quote(before, "We will not let passengers down,");
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/suggestions/{investment.GetProperty("id").GetInt32()}/reject", null)).StatusCode);

        await File.WriteAllTextAsync(file, Revised);
        var second = await ingestor.IngestAsync(folder, null, CancellationToken.None);

        Assert.Equal(1, second.Updated);
        var after = await SuggestionsAsync(client);
        Assert.DoesNotContain(after, s => s.GetProperty("exact").GetString() == "the biggest investment in a generation"); // rejected stays rejected
        Assert.DoesNotContain(after, s => s.GetProperty("exact").GetString() == "It is a fantasy,"); // no longer in the text
        Assert.Equal("Tom Grady", Quote(after, "The sums do not add up,").GetProperty("person").GetProperty("name").GetString());
        Assert.Equal(passengers.GetProperty("id").GetInt32(), Quote(after, "We will not let passengers down,").GetProperty("id").GetInt32()); // unchanged text keeps its id

        var third = await ingestor.IngestAsync(folder, null, CancellationToken.None);
        Assert.Equal(1, third.Unchanged);
        Assert.Null(third.Suggestions); // nothing new or changed, nothing to suggest
    }

    [Fact]
    public async Task ParagraphRemovedThenBack_TheRejectionSurvives_AndAPendingSuggestionFollowsItsParagraph()
    {
        var folder = _factory.Folder.Combine("edits");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "rail.txt");
        await File.WriteAllTextAsync(file, Original);
        var ingestor = _factory.Services.GetRequiredService<ArticleIngestor>();
        var client = _factory.CreateTokenClient(await _factory.CreateUserAsync("Rhea"));
        await ingestor.IngestAsync(folder, null, CancellationToken.None);
        var before = await SuggestionsAsync(client);
        var investment = Quote(before, "the biggest investment in a generation").GetProperty("id").GetInt32();
        var passengers = Quote(before, "We will not let passengers down,").GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/suggestions/{investment}/reject", null)).StatusCode);
        var blocks = Original.Split("\n\n").ToList();

        // The rejected quote's paragraph goes, and a new one comes before the pending quote's.
        await File.WriteAllTextAsync(file, string.Join("\n\n", [blocks[0], "A new first paragraph about the plan.", blocks[2], blocks[3]]));
        await ingestor.IngestAsync(folder, null, CancellationToken.None);
        var moved = Quote(await SuggestionsAsync(client), "We will not let passengers down,");
        await using (var db = _factory.CreateDbContext())
        {
            var memory = await db.Suggestions.SingleAsync(s => s.Id == investment);
            Assert.Null(memory.ParagraphId);
            Assert.Equal(NewsReader.Web.Domain.SuggestionStatus.Rejected, memory.Status);
        }

        await File.WriteAllTextAsync(file, Original);
        await ingestor.IngestAsync(folder, null, CancellationToken.None);
        var after = await SuggestionsAsync(client);

        Assert.Equal(passengers, moved.GetProperty("id").GetInt32());
        Assert.DoesNotContain(after, s => s.GetProperty("exact").GetString() == "the biggest investment in a generation");
    }

    [Fact]
    public async Task WithSuggestOff_IngestionStoresArticlesOnly()
    {
        using var factory = new NewsReaderFactory().With("Ingestion:Suggest", "false");
        var folder = factory.Folder.Combine("incoming");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "rail.txt"), Original);

        var summary = await factory.Services.GetRequiredService<ArticleIngestor>().IngestAsync(folder, null, CancellationToken.None);

        Assert.Equal(1, summary.New);
        Assert.Null(summary.Suggestions);
        var list = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/articles/minister-defends-rail-plan/suggestions");
        Assert.Empty(list.EnumerateArray());
    }

    private static JsonElement Quote(JsonElement[] list, string exact) =>
        Assert.Single(list, s => s.GetProperty("kind").GetString() == "quote" && s.GetProperty("exact").GetString() == exact);

    private static async Task<JsonElement[]> SuggestionsAsync(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/articles/minister-defends-rail-plan/suggestions")).EnumerateArray()];
}
