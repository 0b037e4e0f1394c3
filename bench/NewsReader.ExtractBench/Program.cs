using System.Diagnostics;
using NewsReader.Web.Ingestion;
using NewsReader.Web.Suggestions;

// Times suggestion extraction over a folder of article files (e.g. ../shared/corpus/bbc), three runs,
// and prints the median. Files are read and parsed once, before timing: the figure is the extractor's.
// With --show, prints what is suggested for each file instead (for reading the rules' output by eye).
if (args.Length is < 1 or > 2 || (args.Length == 2 && args[1] != "--show") || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("Usage: dotnet run -c Release --project bench/NewsReader.ExtractBench -- FOLDER [--show]");
    return 2;
}

var articles = Directory.EnumerateFiles(args[0], "*.txt", SearchOption.AllDirectories)
    .Order(StringComparer.Ordinal)
    .Select(path => (Path: path, Parsed: ArticleParser.Parse(File.ReadAllBytes(path)).Content))
    .Where(a => a.Parsed is not null)
    .Select(a => (a.Path, Text: new ArticleText(a.Parsed!.Title, [.. a.Parsed.Paragraphs.Select(p => p.Text)])))
    .ToList();

if (args.Length == 2)
{
    foreach (var (path, text) in articles)
    {
        SuggestionPrinter.Print(Path.GetRelativePath(args[0], path), SuggestionExtractor.Extract(text, []), Console.Out);
    }

    return 0;
}

// One untimed pass first, so the JIT and the word lists are warm.
var quotes = articles.Sum(a => SuggestionExtractor.Extract(a.Text, []).Quotes.Count);
var runs = new List<double>();
for (var run = 0; run < 3; run++)
{
    var stopwatch = Stopwatch.StartNew();
    foreach (var (_, text) in articles)
    {
        SuggestionExtractor.Extract(text, []);
    }

    runs.Add(stopwatch.Elapsed.TotalSeconds);
}

runs.Sort();
var median = runs[1];
Console.WriteLine($"{articles.Count:N0} files, {quotes:N0} quotes suggested");
Console.WriteLine($"runs: {string.Join(", ", runs.Select(r => $"{r:0.000} s"))}");
Console.WriteLine($"median: {median:0.000} s total, {articles.Count / median:N0} files/s");
return 0;
