using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NewsReader.Web.Ingestion;

namespace NewsReader.ScaleBench;

/// <summary>
/// Writes N articles made from a real corpus, so names, quotes and paragraph shapes stay real while no
/// two files are the same: each is a copy of a source article with a retitled headline (every slug
/// distinct), some paragraphs after the first swapped, and some numbers changed. Output file i depends
/// only on the corpus, the seed and i, so the same arguments always write the same files.
/// </summary>
internal static partial class Generator
{
    public const string ManifestName = ".scalebench-manifest";

    // Headline variants: a prefix and a suffix, so every copy of an article can have a title of its own.
    // The prefix comes first so that it survives the app's 70-character slug limit.
    private static readonly string[] Prefixes =
        ["", "Update: ", "Analysis: ", "In depth: ", "Latest: ", "Reaction: ", "Explained: ", "Briefing: ", "Focus: ", "Q&A: ", "Week ahead: ", "Report: "];

    private static readonly string[] Suffixes =
        ["", " (updated)", " - reaction", " - what we know", " - key points", " - timeline", " - full story", " - the detail", " - first look", " - follow-up"];

    public static int Run(Options options, TextWriter output)
    {
        var corpus = options.Text("--corpus") ?? throw new UsageException("generate needs --corpus DIR");
        var count = options.Number("--count", 100_000, 1, 10_000_000);
        var seed = options.Number("--seed", 1, 0, int.MaxValue);
        if (options.Positional.Count != 1)
        {
            throw new UsageException("generate needs one OUT_DIR");
        }

        var target = Path.GetFullPath(options.Positional[0]);
        if (!Directory.Exists(corpus))
        {
            throw new UsageException($"no corpus folder at {corpus}");
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new UsageException($"{target} is not empty; generate writes into a new or empty folder");
        }

        var started = DateTime.UtcNow;
        var (sources, rejected) = SourceCorpus.Read(corpus);
        if (sources.Count == 0)
        {
            throw new UsageException($"{corpus} has no section folders of *.txt articles");
        }

        // Which source each output copies: a seeded shuffle, taken round by round, so any count uses the
        // sources evenly and every section keeps its share.
        var order = Enumerable.Range(0, sources.Count).ToArray();
        new Random(Mix(seed, -1)).Shuffle(order);

        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var perSection = new SortedDictionary<string, int>(StringComparer.Ordinal);
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var source = sources[order[i % sources.Count]];
            var copy = i / sources.Count;
            var random = new Random(Mix(seed, i));
            var title = Retitle(source, copy, seed, slugs);
            var paragraphs = Reorder(source.Paragraphs, random).Select(p => ChangeNumbers(p, random));
            var text = title + "\n\n" + string.Join("\n\n", paragraphs) + "\n";
            var folder = Path.Combine(target, source.Category);
            Directory.CreateDirectory(folder);
            var data = Encoding.UTF8.GetBytes(text);
            File.WriteAllBytes(Path.Combine(folder, $"{source.Stem}-{copy:D3}.txt"), data);
            bytes += data.Length;
            perSection[source.Category] = perSection.GetValueOrDefault(source.Category) + 1;
        }

        // Hidden, so ingest skips it; the bench script reads it to tell whether a folder can be reused.
        File.WriteAllText(Path.Combine(target, ManifestName), Manifest(count, seed, sources.Count));
        var sections = string.Join(", ", perSection.Select(s => $"{s.Key} {s.Value:N0}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"generated {count:N0} articles ({bytes / 1e6:0.0} MB; {sections}) from {sources.Count:N0} source articles ({rejected} unreadable) with seed {seed} in {(DateTime.UtcNow - started).TotalSeconds:0.0} s"));
        return 0;
    }

    /// <summary>What a folder generated with these arguments says about itself.</summary>
    public static string Manifest(int count, int seed, int sources) =>
        string.Create(CultureInfo.InvariantCulture, $"generator=1 count={count} seed={seed} sources={sources}\n");

    // The source's title with a variant chosen by a per-source shuffle of all prefix/suffix pairs; a
    // variant whose slug is already taken (another copy, or a source with the same title) is skipped.
    private static string Retitle(SourceArticle source, int copy, int seed, HashSet<string> slugs)
    {
        var variants = Enumerable.Range(0, Prefixes.Length * Suffixes.Length).ToArray();
        new Random(Mix(seed, StableHash(source.Category + "/" + source.Stem))).Shuffle(variants);
        for (var attempt = 0; ; attempt++)
        {
            var v = variants[(copy + attempt) % variants.Length];
            var title = Prefixes[v / Suffixes.Length] + source.Title + Suffixes[v % Suffixes.Length];
            if (attempt >= variants.Length)
            {
                title += $" ({attempt - variants.Length + 2})";
            }

            if (slugs.Add(SlugMaker.FromTitle(title)))
            {
                return title;
            }
        }
    }

    // The lead paragraph stays first; one or two pairs of the others change places.
    private static List<string> Reorder(IReadOnlyList<string> paragraphs, Random random)
    {
        var result = paragraphs.ToList();
        if (result.Count < 3)
        {
            return result;
        }

        var swaps = 1 + random.Next(2);
        for (var s = 0; s < swaps; s++)
        {
            int a = 1 + random.Next(result.Count - 1), b = 1 + random.Next(result.Count - 1);
            (result[a], result[b]) = (result[b], result[a]);
        }

        return result;
    }

    // Most standalone numbers get other digits of the same length ("£1,400" may become "£3,805"); years
    // stay, so "by 2007" keeps reading as a date, and digits inside words ("G8", "MP3") are left alone.
    private static string ChangeNumbers(string paragraph, Random random) =>
        Number().Replace(paragraph, match =>
        {
            var digits = match.Value;
            var isYear = digits.Length == 4 && digits[0] is '1' or '2' && int.Parse(digits, CultureInfo.InvariantCulture) is >= 1900 and <= 2030;
            if (isYear || random.NextDouble() < 0.3)
            {
                return digits;
            }

            var changed = new StringBuilder(digits.Length);
            for (var i = 0; i < digits.Length; i++)
            {
                changed.Append((char)('0' + (i == 0 && digits.Length > 1 ? 1 + random.Next(9) : random.Next(10))));
            }

            return changed.ToString();
        });

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[0-9]+(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    // A seed for item i: splitmix64 of the two, so neighbouring items get unrelated streams.
    private static int Mix(int seed, long item)
    {
        var z = unchecked(((ulong)(uint)seed << 32) ^ (ulong)item) + 0x9E3779B97F4A7C15UL;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)((z ^ (z >> 31)) & int.MaxValue);
    }

    // string.GetHashCode differs between processes; this one does not (FNV-1a).
    private static long StableHash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 1099511628211UL);
        }

        return (long)(hash >> 1);
    }
}
