using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NewsReader.IntegrationTests.Infrastructure;
using NewsReader.Web.Data;
using NewsReader.Web.Hosting;
using NewsReader.Web.Ingestion;

namespace NewsReader.IntegrationTests.Ingestion;

/// <summary>The importer and ingestor against a real SQLite file, without the web host.</summary>
public sealed class ArticleImporterTests : IAsyncLifetime, IDisposable
{
    private readonly TestFolder _folder = new();
    private const string FailMarker = "FAIL-HERE";
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Default"] = _folder.ConnectionString, ["Database:Provider"] = _folder.Provider })
            .Build();
        _services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>))
            .AddNewsReaderData(configuration)
            .BuildServiceProvider();
        await _services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);

        // A fault inside the database itself: any paragraph carrying the marker aborts its INSERT,
        // after the article row of the same file has been written.
        await using var db = Db();
        await Faults.PoisonParagraphsAsync(db, FailMarker, "injected failure");
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Ingest_Twice_SecondRunChangesNothing()
    {
        var articles = _folder.Combine("in");
        _folder.Write("in/a.txt", "Alpha\n\nFirst.");
        _folder.Write("in/sub/b.txt", "Beta\n\nSecond.\n\nThird.");

        var first = await IngestAsync(articles);
        var before = await SnapshotAsync();
        var second = await IngestAsync(articles);

        Assert.Equal("new=2 updated=0 unchanged=0 duplicate=0 rejected=0 warnings=0 reanchored=0 orphaned=0", first.ToString());
        Assert.Equal("new=0 updated=0 unchanged=2 duplicate=0 rejected=0 warnings=0 reanchored=0 orphaned=0", second.ToString());
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Ingest_ChangedFile_UpdatesInPlace_KeepingSlugAndParagraphIds()
    {
        var articles = _folder.Combine("in");
        var path = _folder.Write("in/story.txt", "Original title\n\nOne.\n\nTwo.\n\nThree.");
        await IngestAsync(articles);
        var (idBefore, paragraphsBefore) = await ArticleAsync("story.txt");

        File.WriteAllText(path, "Edited title\n\nOne, edited.\n\nTwo.");
        var summary = await IngestAsync(articles);

        Assert.Equal(1, summary.Updated);
        await using var db = Db();
        var article = await db.Articles.Include(a => a.Paragraphs).SingleAsync(a => a.SourcePath == "story.txt");
        Assert.Equal(idBefore, article.Id);
        Assert.Equal("original-title", article.Slug);
        Assert.Equal("Edited title", article.Title);
        Assert.True(article.UpdatedAt > article.IngestedAt);
        var paragraphs = article.Paragraphs.OrderBy(p => p.Ordinal).ToList();
        Assert.Equal(["One, edited.", "Two."], paragraphs.Select(p => p.Text));
        Assert.Equal(paragraphsBefore.Take(2), paragraphs.Select(p => p.Id));
        Assert.Equal(2, await db.Paragraphs.CountAsync());
    }

    [Fact]
    public async Task Ingest_SameContentUnderAnotherPath_IsReportedAsDuplicate_NotStored()
    {
        _folder.Write("in/a/original.txt", "Same story\n\nSame words.");
        _folder.Write("in/b/copy.txt", "Same story\r\n\r\nSame words.\r\n");

        var summary = await IngestAsync(_folder.Combine("in"));

        Assert.Equal(1, summary.New);
        Assert.Equal(1, summary.Duplicate);
        await using var db = Db();
        Assert.Equal("a/original.txt", (await db.Articles.SingleAsync()).SourcePath);
    }

    [Fact]
    public async Task Ingest_SameTitleDifferentText_GetsANumberedSlug()
    {
        _folder.Write("in/1.txt", "Budget day\n\nFirst version.");
        _folder.Write("in/2.txt", "Budget day\n\nSecond version.");
        _folder.Write("in/3.txt", "Budget day!\n\nThird version.");

        await IngestAsync(_folder.Combine("in"));

        await using var db = Db();
        Assert.Equal(["budget-day", "budget-day-2", "budget-day-3"], await db.Articles.OrderBy(a => a.SourcePath).Select(a => a.Slug).ToListAsync());
    }

    [Fact]
    public async Task Ingest_FileFailingPartWay_LeavesNothingBehind_AndTheNextFileIsStored()
    {
        _folder.Write("in/1-good.txt", "Good one\n\nFine text.");
        _folder.Write("in/2-bad.txt", $"Bad one\n\nFirst paragraph is fine.\n\nThis one {FailMarker} breaks the insert.");
        _folder.Write("in/3-good.txt", "Good two\n\nAlso fine.");

        var summary = await IngestAsync(_folder.Combine("in"));

        Assert.Equal(2, summary.New);
        Assert.Equal(1, summary.Rejected);
        await using var db = Db();
        Assert.Equal(["1-good.txt", "3-good.txt"], await db.Articles.OrderBy(a => a.SourcePath).Select(a => a.SourcePath).ToListAsync());
        Assert.Equal(2, await db.Paragraphs.CountAsync());
        Assert.False(await db.Articles.AnyAsync(a => a.Title == "Bad one"));
        Assert.False(await db.Paragraphs.AnyAsync(p => p.Text.Contains("First paragraph is fine")));
    }

    [Fact]
    public async Task Ingest_BadFiles_AreCountedAsRejected_GoodOnesStored()
    {
        _folder.Write("in/good.txt", "Good\n\nText.");
        _folder.Write("in/empty.txt", "   \n");
        _folder.Write("in/title-only.txt", "Only a title\n");
        File.WriteAllBytes(_folder.Combine("in/binary.txt"), [0x47, 0x49, 0x46, 0x00, 0x01]);
        File.WriteAllBytes(_folder.Combine("in/huge.txt"), new byte[(1024 * 1024) + 1]);
        File.WriteAllBytes(_folder.Combine("in/latin1.txt"), [.. "Fee\n\nPaid "u8, 0xA3, .. "15.8m."u8]);

        var summary = await IngestAsync(_folder.Combine("in"));

        Assert.Equal("new=2 updated=0 unchanged=0 duplicate=0 rejected=4 warnings=1 reanchored=0 orphaned=0", summary.ToString());
        await using var db = Db();
        Assert.True(await db.Paragraphs.AnyAsync(p => p.Text == "Paid \u00a315.8m."));
    }

    private Task<IngestionSummary> IngestAsync(string folder) =>
        _services.GetRequiredService<ArticleIngestor>().IngestAsync(folder, null, CancellationToken.None);

    private NewsReaderDbContext Db() => _services.GetRequiredService<IDbContextFactory<NewsReaderDbContext>>().CreateDbContext();

    private async Task<string> SnapshotAsync()
    {
        await using var db = Db();
        var rows = await db.Articles.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.Slug, a.ContentHash, a.UpdatedAt, Paragraphs = a.Paragraphs.OrderBy(p => p.Id).Select(p => p.Id + p.Text).ToList() })
            .ToListAsync();
        return System.Text.Json.JsonSerializer.Serialize(rows);
    }

    private async Task<(int Id, List<int> ParagraphIds)> ArticleAsync(string sourcePath)
    {
        await using var db = Db();
        var article = await db.Articles.Include(a => a.Paragraphs).SingleAsync(a => a.SourcePath == sourcePath);
        return (article.Id, article.Paragraphs.OrderBy(p => p.Ordinal).Select(p => p.Id).ToList());
    }
}
