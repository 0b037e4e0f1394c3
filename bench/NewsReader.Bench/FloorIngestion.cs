using System.Diagnostics;
using NewsReader.Web.Ingestion;

namespace NewsReader.Bench;

/// <summary>
/// The floor: the same files, parser and schema as the product, but stored with raw prepared
/// inserts and duplicates caught in memory. Whatever the EF path spends beyond this is overhead.
/// </summary>
internal static class FloorIngestion
{
    public const string Name = "Floor";

    public static async Task<RunResult> RunAsync(string folder, ScratchFolder scratch, int run, CancellationToken cancellationToken)
    {
        var databasePath = scratch.NewDatabasePath("floor");
        try
        {
            await BenchDatabase.CreateSchemaAsync(databasePath, scratch.Path, cancellationToken);

            var stopwatch = Stopwatch.StartNew();
            var (files, stored, duplicates, rejected) = Ingest(folder, databasePath, cancellationToken);
            var elapsed = stopwatch.Elapsed;

            var (articles, paragraphs) = await BenchDatabase.CountRowsAsync(databasePath, cancellationToken);
            return new RunResult(Name, run, elapsed, new StoredCounts(files, stored, duplicates, rejected, articles, paragraphs));
        }
        finally
        {
            ScratchFolder.DeleteDatabase(databasePath);
        }
    }

    private static (int Files, int Stored, int Duplicates, int Rejected) Ingest(string folder, string databasePath, CancellationToken cancellationToken)
    {
        var files = ArticleFileFinder.Find(folder).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int stored = 0, duplicates = 0, rejected = 0;
        using var writer = new FloorWriter(databasePath);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var content = file.Rejection is null ? ArticleParser.Parse(File.ReadAllBytes(file.FullPath)).Content : null;
            if (content is null)
            {
                rejected++;
            }
            else if (!seen.Add(content.Hash))
            {
                duplicates++;
            }
            else
            {
                writer.Insert(file.SourcePath, content, DateTimeOffset.UtcNow);
                stored++;
            }
        }

        return (files.Count, stored, duplicates, rejected);
    }
}
