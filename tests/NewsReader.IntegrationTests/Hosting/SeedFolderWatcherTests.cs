using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsReader.IntegrationTests.Infrastructure;

namespace NewsReader.IntegrationTests.Hosting;

/// <summary>While the app runs, new or changed files in the seed folder are ingested within seconds.</summary>
public sealed class SeedFolderWatcherTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly NewsReaderFactory _factory = new NewsReaderFactory()
        .With("Seed:Watch", "true")
        .With("Ingestion:WatchDebounce", "00:00:00.750");

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task NewFile_IsIngestedWithinSeconds()
    {
        var client = _factory.CreateClient();
        await File.WriteAllTextAsync(Path.Combine(_factory.SeedFolder, "fresh.txt"), "Freshly dropped story\n\nIt appeared.");

        var title = await EventuallyAsync(async () =>
        {
            var list = await client.GetFromJsonAsync<JsonElement>("/api/articles");
            return list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()).FirstOrDefault(t => t == "Freshly dropped story");
        });

        Assert.Equal("Freshly dropped story", title);
    }

    [Fact]
    public async Task FileWrittenInTwoGoes_IsIngestedOnceAndComplete()
    {
        _ = _factory.CreateClient();
        var path = Path.Combine(_factory.SeedFolder, "nested", "slow.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var stream = new FileStream(path, FileMode.CreateNew))
        await using (var writer = new StreamWriter(stream))
        {
            await writer.WriteAsync("Slowly written story\n\nFirst half");
            await writer.FlushAsync();
            await Task.Delay(150);
            await writer.WriteAsync(" and the second half.\n\nSecond paragraph.");
        }

        var article = await EventuallyAsync(async () =>
        {
            await using var db = _factory.CreateDbContext();
            return await db.Articles.Include(a => a.Paragraphs).AsNoTracking().SingleOrDefaultAsync(a => a.SourcePath == "nested/slow.txt");
        });

        Assert.Equal(["First half and the second half.", "Second paragraph."], article!.Paragraphs.OrderBy(p => p.Ordinal).Select(p => p.Text));
        Assert.Equal(article.IngestedAt, article.UpdatedAt); // stored once, complete: never updated from a partial file
    }

    [Fact]
    public async Task ChangedSeed_IsUpdatedInPlace()
    {
        var client = _factory.CreateClient();
        var seed = Directory.GetFiles(_factory.SeedFolder, "*.txt").Single();
        var text = await File.ReadAllTextAsync(seed);
        await File.WriteAllTextAsync(seed, text + "\n\nA paragraph added later.");

        var count = await EventuallyAsync(async () =>
        {
            var article = await client.GetFromJsonAsync<JsonElement>("/api/articles/mike-pompeo-flies-to-uk-for-talks-amid-us-huawei-concern");
            var paragraphs = article.GetProperty("paragraphs").GetArrayLength();
            return paragraphs == 20 ? (int?)paragraphs : null;
        });

        Assert.Equal(20, count);
    }

    [Fact]
    public async Task ChangedSeed_AnnotationsFollowTheirText_ThroughTheWatcher()
    {
        var api = _factory.CreateTokenClient(await _factory.CreateUserAsync("Wendy"));
        var created = await api.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", await Seed.AnnotationFor(api, Seed.QuoteText, "quote", person: new { name = "Mike Pompeo" }));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var seed = Directory.GetFiles(_factory.SeedFolder, "*.txt").Single();
        var blocks = (await File.ReadAllTextAsync(seed)).Split("\n\n").ToList();
        blocks.Insert(1, "A correction was added at the top.");
        await File.WriteAllTextAsync(seed, string.Join("\n\n", blocks).Replace("won\u2019t be able", "would not be able", StringComparison.Ordinal));

        var annotation = await EventuallyAsync(async () =>
        {
            var list = await api.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/annotations");
            var found = list.EnumerateArray().Single(a => a.GetProperty("id").GetInt32() == id);
            return found.GetProperty("state").GetString() == "reanchored" ? (JsonElement?)found : null;
        });

        Assert.NotNull(annotation);
        Assert.Equal("would not be able to share information", annotation.Value.GetProperty("exact").GetString());
        Assert.Equal(Seed.QuoteText, annotation.Value.GetProperty("previousExact").GetString());
    }

    private static async Task<T?> EventuallyAsync<T>(Func<Task<T?>> probe)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var value = await probe();
            if (value is not null || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(100);
        }
    }
}
