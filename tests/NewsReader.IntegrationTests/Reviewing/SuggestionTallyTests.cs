using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.IntegrationTests.Infrastructure;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;
using NewsReader.Web.Ingestion;
using NewsReader.Web.Reviewing;

namespace NewsReader.IntegrationTests.Reviewing;

/// <summary>
/// The review queue's totals come from a tally that triggers keep (issue 12: counting 1.3 million pending
/// suggestions took 4 s a page). It must equal a count of the suggestions themselves after every way
/// they are written: the extractor's set-based insert, accepting, rejecting, an edit that withdraws
/// some and suggests others, an article deleted with its suggestions, and statements that write many rows at once.
/// </summary>
public sealed class SuggestionTallyTests : IDisposable
{
    private readonly NewsReaderFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Tally_EqualsACountOfTheSuggestions_AfterEveryKindOfWrite()
    {
        var tagger = _factory.CreateTokenClient(await _factory.CreateUserAsync("tallier"));
        for (var i = 1; i <= 6; i++)
        {
            await _factory.ImportAsync($"t{i}.txt", Text(i, "stands"));
        }

        await Generator().SuggestAsync(null, null, CancellationToken.None);
        await AssertTallyExactAsync("after the extractor's insert");

        var queue = await tagger.GetFromJsonAsync<JsonElement>("/api/suggestions?pageSize=100");
        var ids = queue.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("suggestion").GetProperty("id").GetInt32()).ToList();
        Assert.True(ids.Count >= 8, $"expected suggestions to work with, got {ids.Count}");
        (await tagger.PostAsync($"/api/suggestions/{ids[0]}/accept", null)).EnsureSuccessStatusCode();
        (await tagger.PostAsync($"/api/suggestions/{ids[1]}/reject", null)).EnsureSuccessStatusCode();
        await AssertTallyExactAsync("after an accept and a reject");

        // An edit: the file changes, so its suggestions are placed again, withdrawn or made anew.
        var edited = Path.Combine(_factory.SeedFolder, "t2.txt");
        await File.WriteAllTextAsync(edited, Text(2, "resigned"));
        await _factory.Services.GetRequiredService<ArticleIngestor>().IngestAsync(_factory.SeedFolder, null, CancellationToken.None);
        await AssertTallyExactAsync("after an edit re-suggested an article");

        await using (var db = _factory.CreateDbContext())
        {
            await db.Articles.Where(a => a.SourcePath == "t3.txt").ExecuteDeleteAsync();
        }

        await AssertTallyExactAsync("after an article was deleted with its suggestions");

        // One statement writing many rows at once (PostgreSQL counts each statement's rows together): every
        // pending confidence moved to another percent, then a whole kind rejected.
        await using (var db = _factory.CreateDbContext())
        {
            await Placed(db).ExecuteUpdateAsync(s => s.SetProperty(x => x.Confidence, x => x.Confidence * 0.5));
        }

        await AssertTallyExactAsync("after one statement moved every pending confidence");

        await using (var db = _factory.CreateDbContext())
        {
            await Placed(db).Where(x => x.Kind == AnnotationKind.Person).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SuggestionStatus.Rejected));
        }

        await AssertTallyExactAsync("after one statement rejected every person suggestion");
    }

    [Fact]
    public async Task ReviewPageAndApi_ReportTheTalliedTotals_ByKindAndConfidence()
    {
        for (var i = 1; i <= 4; i++)
        {
            await _factory.ImportAsync($"t{i}.txt", Text(i, "stands"));
        }

        await Generator().SuggestAsync(null, null, CancellationToken.None);
        var client = _factory.CreateClient();
        await using var db = _factory.CreateDbContext();
        var quotes = await Placed(db).CountAsync(s => s.Kind == AnnotationKind.Quote);
        var all = await Placed(db).CountAsync();

        var api = await client.GetFromJsonAsync<JsonElement>("/api/suggestions?kind=quote");
        var page = await client.GetStringAsync("/review?kind=quote");

        Assert.Equal(quotes, api.GetProperty("total").GetInt32());
        Assert.Contains($"{quotes} pending", page, StringComparison.Ordinal);
        Assert.Contains($"of {all} in all", page, StringComparison.Ordinal);
    }

    private SuggestionGenerator Generator() => _factory.Services.GetRequiredService<SuggestionGenerator>();

    private static IQueryable<Suggestion> Placed(NewsReaderDbContext db) =>
        db.Suggestions.Where(s => s.Status == SuggestionStatus.Pending && s.ParagraphId != null);

    private async Task AssertTallyExactAsync(string when)
    {
        await using var db = _factory.CreateDbContext();
        foreach (var kind in new AnnotationKind?[] { null, AnnotationKind.Quote, AnnotationKind.Person })
        {
            foreach (var min in new[] { 0.0, 0.5, 0.8, 0.9, 1.0 })
            {
                var counted = await Placed(db).Where(s => s.Confidence >= min && (kind == null || s.Kind == kind)).CountAsync();
                var tallied = await SuggestionQueries.CountPendingAsync(db, kind, min, CancellationToken.None);
                Assert.True(counted == tallied, $"{when}: kind {kind?.ToString() ?? "any"}, confidence >= {min}: counted {counted}, tallied {tallied}");
            }
        }

        Assert.True(await Placed(db).AnyAsync(), $"{when}: no pending suggestion left to count");
    }

    private static string Text(int i, string verb) =>
        $"Council budget talks, part {i}\n\n" +
        $"\"We cannot raise taxes again this year,\" said council leader Mary Okafor, whose plan {verb}.\n\n" +
        $"Opposition member Tom Hardwick said the cuts were \"reckless and unfair\", and Mary Okafor replied on day {i}.\n\n" +
        $"\"The budget must balance,\" Mr Hardwick added.\n";
}
