using System.Diagnostics;
using NewsReader.Suggestions;
using NewsReader.Web.Ingestion;

// Times suggestion extraction over a folder of article files (e.g. ../shared/corpus/bbc), five runs
// alternating with a naive regex floor (NaiveFloor), and prints the medians and their ratio. Files are
// read and parsed once, before timing: the figure is the extractor's.
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

// One untimed pass of each first, so the JIT and the word lists are warm. Then runs alternate between
// the extractor and the naive floor, so both see the same machine load; medians of each.
var quotes = articles.Sum(a => SuggestionExtractor.Extract(a.Text, []).Quotes.Count);
var people = articles.Sum(a => SuggestionExtractor.Extract(a.Text, []).People.Count);
_ = articles.Sum(a => NaiveFloor.Extract(a.Text));
const int Runs = 5;
var extractor = new List<double>();
var floor = new List<double>();
for (var run = 0; run < Runs; run++)
{
    var stopwatch = Stopwatch.StartNew();
    foreach (var (_, text) in articles)
    {
        SuggestionExtractor.Extract(text, []);
    }

    extractor.Add(stopwatch.Elapsed.TotalSeconds);
    stopwatch.Restart();
    foreach (var (_, text) in articles)
    {
        NaiveFloor.Extract(text);
    }

    floor.Add(stopwatch.Elapsed.TotalSeconds);
}

extractor.Sort();
floor.Sort();
var median = extractor[Runs / 2];
var floorMedian = floor[Runs / 2];
Console.WriteLine($"{articles.Count:N0} files: {quotes:N0} quotes and {people:N0} people suggested");
Console.WriteLine($"extractor runs: {string.Join(", ", extractor.Select(r => $"{r:0.000} s"))}");
Console.WriteLine($"floor runs (two regexes a paragraph): {string.Join(", ", floor.Select(r => $"{r:0.000} s"))}");
Console.WriteLine($"median: extractor {median:0.000} s ({articles.Count / median:N0} files/s), floor {floorMedian:0.000} s, ratio {median / floorMedian:0.0}x");
return 0;
