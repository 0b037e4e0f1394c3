using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.IntegrationTests.Infrastructure;
using NewsReader.Web.Ingestion;

namespace NewsReader.IntegrationTests.Ingestion;

/// <summary>
/// A corpus ingest stores files a batch at a time, one transaction with a savepoint per file: a file that
/// fails half-way through storing leaves nothing of itself, and the files before and after it in the same
/// batch are stored; duplicates and repeated titles are seen within the batch.
/// </summary>
public sealed class IngestBatchTests : IDisposable
{
    private readonly NewsReaderFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AFileThatFailsMidway_LeavesNothingOfItself_AndTheRestOfItsBatchIsStored()
    {
        var folder = _factory.Folder.Combine("incoming");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "a.txt"), "Council opens library\n\nThe council opened a library on Tuesday.\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "b.txt"), "Council shuts pool\n\nThe pool closed on Monday.\n\nIts second paragraph is poisoned.\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "c.txt"), "Council opens library\n\nA second library opened on Friday.\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "d.txt"), "Council opens library\n\nThe council opened a library on Tuesday.\n");

        await using (var db = _factory.CreateDbContext())
        {
            // The paragraph insert fails after the article's row is written, as a full disk or a constraint would.
            await Faults.PoisonParagraphsAsync(db, "poisoned", "poisoned paragraph");
        }

        var summary = await _factory.Services.GetRequiredService<ArticleIngestor>().IngestAsync(folder, null, CancellationToken.None);

        Assert.Equal(2, summary.New);
        Assert.Equal(1, summary.Duplicate); // d.txt repeats a.txt, stored moments before in the same transaction
        Assert.Equal(1, summary.Rejected);
        await using var check = _factory.CreateDbContext();
        var stored = await check.Articles.Where(a => a.Slug != Seed.Slug).Select(a => new { a.SourcePath, a.Slug }).ToListAsync();
        Assert.Equal(["a.txt", "c.txt"], stored.Select(a => Path.GetFileName(a.SourcePath)).Order());
        Assert.Equal(["council-opens-library", "council-opens-library-2"], stored.Select(a => a.Slug).Order());
        Assert.False(await check.Articles.AnyAsync(a => a.Title == "Council shuts pool"));
        Assert.False(await check.Paragraphs.AnyAsync(p => p.Text.Contains("pool closed")));
    }
}
