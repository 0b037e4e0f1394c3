using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsReader.Web.Hosting;
using NewsReader.Web.Ingestion;

namespace NewsReader.Bench;

/// <summary>
/// <c>--profile</c>: one more EF run, split into the ingestor's phases (find, read, parse, import)
/// plus what EF reports about each import. It drives the product's own reader, parser and importer
/// in the ingestor's order, leaving out only the ingestor's logging and progress reports.
/// </summary>
internal static class Profiler
{
    public static async Task RunAsync(string folder, ScratchFolder scratch, TextWriter output, CancellationToken cancellationToken)
    {
        var databasePath = scratch.NewDatabasePath("profile");
        try
        {
            using var efEvents = new EfEventTimer();
            await using var services = BenchDatabase.BuildServices(databasePath, scratch.Path);
            await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
            var importer = services.GetRequiredService<ArticleImporter>();
            var maxBytes = services.GetRequiredService<IOptions<IngestionOptions>>().Value.MaxFileBytes;
            efEvents.Reset();

            var find = Stopwatch.StartNew();
            var files = ArticleFileFinder.Find(folder).ToList();
            find.Stop();
            Stopwatch read = new(), parse = new(), import = new();
            foreach (var file in files.Where(f => f.Rejection is null))
            {
                read.Start();
                var (bytes, _) = await ArticleFileReader.ReadAsync(file.FullPath, maxBytes, cancellationToken);
                read.Stop();
                parse.Start();
                var content = bytes is null ? null : ArticleParser.Parse(bytes).Content;
                parse.Stop();
                if (content is not null)
                {
                    import.Start();
                    await importer.ImportAsync(file.SourcePath, content, cancellationToken);
                    import.Stop();
                }
            }

            var sql = TimeSpan.FromTicks(efEvents.Commands.Sum(c => c.Total.Ticks));
            output.WriteLine();
            output.WriteLine(Format($"### Profile of one more EF run ({files.Count:N0} files)"));
            output.WriteLine();
            output.WriteLine("| Phase | Seconds |");
            output.WriteLine("|-------|--------:|");
            output.WriteLine(Format($"| find files | {find.Elapsed.TotalSeconds:0.000} |"));
            output.WriteLine(Format($"| read (ArticleFileReader) | {read.Elapsed.TotalSeconds:0.000} |"));
            output.WriteLine(Format($"| parse (ArticleParser) | {parse.Elapsed.TotalSeconds:0.000} |"));
            output.WriteLine(Format($"| import (ArticleImporter) | {import.Elapsed.TotalSeconds:0.000} |"));
            output.WriteLine(Format($"| - of which SQL commands executing | {sql.TotalSeconds:0.000} |"));
            output.WriteLine(Format($"| - of which everything else (EF, connection, BEGIN/COMMIT) | {(import.Elapsed - sql).TotalSeconds:0.000} |"));
            output.WriteLine();
            output.WriteLine("| EF event or SQL command (start) | Count | Seconds |");
            output.WriteLine("|---------------------------------|------:|--------:|");
            foreach (var (name, count, total) in efEvents.Events.Concat(efEvents.Commands))
            {
                output.WriteLine(Format($"| {Shorten(name)} | {count:N0} | {total.TotalSeconds:0.000} |"));
            }
        }
        finally
        {
            ScratchFolder.DeleteDatabase(databasePath);
        }
    }

    private static string Shorten(string sql)
    {
        var oneLine = string.Join(' ', sql.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        var shown = oneLine.Length <= 100 ? oneLine : oneLine[..97] + "...";
        return shown.Contains(' ', StringComparison.Ordinal) ? $"`{shown.Replace("|", "\\|", StringComparison.Ordinal)}`" : shown;
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
