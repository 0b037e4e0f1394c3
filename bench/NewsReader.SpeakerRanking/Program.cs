using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.ML;
using Microsoft.ML.Data;
using NewsReader.Suggestions;
using NewsReader.Suggestions.Evaluation;
using NewsReader.Web.Hosting;
using NewsReader.Web.Ingestion;

// speaker-ranking --set NAME CORPUS GOLD [--set ...] [--folds K] [--seed N]
//
// Does a learned ranker choose speakers better than the rules? For every quote the rules suggest, the people the
// article names in its paragraph or the one before are candidates, described by where they are named relative to
// the quote, whether a speech verb is beside the name, how often the article names them and what the rules chose.
// ML.NET's FastTree learns which candidate is the speaker from the dev gold; every set is cut into K folds by article,
// each fold is ranked by a model trained on all other folds of all sets, and the re-ranked suggestions are scored by
// the same scorer as evaluate-suggestions, beside the rules' own figures.
var sets = new List<(string Name, string Corpus, string Gold)>();
var folds = 5;
var seed = 1;
var margin = 0f;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--set" when i + 3 < args.Length:
            sets.Add((args[i + 1], UserPaths.Resolve(args[i + 2]) ?? args[i + 2], UserPaths.Resolve(args[i + 3]) ?? args[i + 3]));
            i += 3;
            break;
        case "--folds" when i + 1 < args.Length:
            folds = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--seed" when i + 1 < args.Length:
            seed = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--margin" when i + 1 < args.Length:
            margin = float.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        default:
            Console.Error.WriteLine("usage: speaker-ranking --set NAME CORPUS GOLD [--set NAME CORPUS GOLD ...] [--folds K] [--seed N] [--margin M]");
            return 2;
    }
}

if (sets.Count == 0 || folds < 2)
{
    Console.Error.WriteLine("speaker-ranking: give at least one --set NAME CORPUS GOLD and --folds of 2 or more.");
    return 2;
}

var articles = new List<Sample>();
foreach (var (name, corpus, goldDir) in sets)
{
    var index = 0;
    foreach (var goldPath in Directory.EnumerateFiles(goldDir, "*.json").Order(StringComparer.Ordinal))
    {
        var gold = GoldArticle.Parse(File.ReadAllText(goldPath));
        var path = Path.Combine(corpus, gold.File);
        if (!File.Exists(path) || ArticleParser.Parse(File.ReadAllBytes(path)).Content is not { } content)
        {
            Console.Error.WriteLine($"speaker-ranking: skipped {gold.File}: not readable under {corpus}");
            continue;
        }

        var article = new ArticleText(content.Title, [.. content.Paragraphs.Select(p => p.Text)]);
        articles.Add(new Sample(name, index++ % folds, gold, article, SuggestionExtractor.Extract(article, [])));
    }
}

var ml = new MLContext(seed);
var reranked = new Dictionary<Sample, ExtractionResult>();
var switched = 0;
for (var fold = 0; fold < folds; fold++)
{
    var training = articles.Where(a => a.Fold != fold).SelectMany(a => a.TrainingRows()).ToList();
    var data = ml.Data.LoadFromEnumerable(training);
    var trainer = ml.BinaryClassification.Trainers.FastTree(numberOfLeaves: 8, numberOfTrees: 100, minimumExampleCountPerLeaf: 5, learningRate: 0.1);
    var model = trainer.Fit(data);
    var engine = ml.Model.CreatePredictionEngine<Row, Prediction>(model);
    foreach (var sample in articles.Where(a => a.Fold == fold))
    {
        var (result, changes) = sample.Rerank(row => engine.Predict(row).Score, margin);
        reranked[sample] = result;
        switched += changes;
    }
}

Console.WriteLine($"speaker-ranking: {articles.Count} articles, {folds}-fold cross-validation by article, FastTree (8 leaves, 100 trees), seed {seed}, margin {margin}");
Console.WriteLine($"  features: {string.Join(", ", CandidateFeatures.Names)}");
Console.WriteLine($"  speakers changed from the rules' choice: {switched}");
Console.WriteLine();
Console.WriteLine("set            rules speakers        ranked speakers       rules quote+speaker >=0.9   ranked");
foreach (var name in sets.Select(s => s.Name))
{
    var inSet = articles.Where(a => a.Set == name).ToList();
    var rules = inSet.Select(a => SuggestionScorer.Score(a.Gold, a.Article, a.Result)).ToList();
    var ranked = inSet.Select(a => SuggestionScorer.Score(a.Gold, a.Article, reranked[a])).ToList();
    Console.WriteLine($"{name,-14} {Accuracy(rules),-21} {Accuracy(ranked),-21} {HighConfidence(rules),-27} {HighConfidence(ranked)}");
}

return 0;

static string Accuracy(List<ArticleScore> scores)
{
    var right = scores.Sum(s => s.SpeakersCorrect);
    var judged = scores.Sum(s => s.SpeakersJudged);
    return $"{(double)right / judged:0.000} ({right}/{judged})";
}

static string HighConfidence(List<ArticleScore> scores)
{
    var outcomes = scores.SelectMany(s => s.SuggestionOutcomes).Where(o => o.Confidence >= 0.9).ToList();
    return $"{outcomes.Count(o => o.Right)}/{outcomes.Count}";
}

/// <summary>One gold article of a set, its fold, and the rules' suggestions for it.</summary>
internal sealed record Sample(string Set, int Fold, GoldArticle Gold, ArticleText Article, ExtractionResult Result)
{
    /// <summary>Candidates of the quotes that match a gold quote by a named person, labelled right or wrong.</summary>
    public IEnumerable<Row> TrainingRows()
    {
        for (var q = 0; q < Result.Quotes.Count; q++)
        {
            var quote = Result.Quotes[q];
            if (GoldQuoteFor(quote) is not { SpeakerKind: "person" } gold)
            {
                continue;
            }

            foreach (var candidate in Candidates(quote))
            {
                yield return new Row { Features = CandidateFeatures.Of(this, q, candidate), Label = IsRight(candidate, gold) };
            }
        }
    }

    /// <summary>The suggestions with each quote's speaker the best-scored candidate; the rules' choice stays unless another scores higher by the margin.</summary>
    public (ExtractionResult Result, int Changes) Rerank(Func<Row, float> score, float margin)
    {
        var quotes = new List<ExtractedQuote>();
        var changes = 0;
        for (var q = 0; q < Result.Quotes.Count; q++)
        {
            var quote = Result.Quotes[q];
            var scored = Candidates(quote).Select(c => (Candidate: c, Score: score(new Row { Features = CandidateFeatures.Of(this, q, c) }))).ToList();
            var rulePick = scored.FirstOrDefault(s => s.Candidate.Name == quote.PersonName);
            var best = scored.Count == 0 ? default : scored.MaxBy(s => s.Score);
            var better = best.Candidate is not null && best.Candidate.Name != quote.PersonName
                && (rulePick.Candidate is null ? best.Score > margin : best.Score > rulePick.Score + margin);
            if (better)
            {
                changes++;
                quotes.Add(quote with { SpeakerKind = SpeakerKind.Person, SpeakerText = best.Candidate!.Name, PersonName = best.Candidate.Name });
            }
            else
            {
                quotes.Add(quote);
            }
        }

        return (Result with { Quotes = quotes }, changes);
    }

    /// <summary>The people named in the quote's paragraph or the one before, and the rules' choice.</summary>
    public List<ExtractedPerson> Candidates(ExtractedQuote quote) =>
        [.. Result.People.Where(p => p.Name == quote.PersonName || p.Mentions.Any(m => m.Paragraph == quote.Paragraph || m.Paragraph == quote.Paragraph - 1))];

    private GoldQuote? GoldQuoteFor(ExtractedQuote quote)
    {
        var paragraph = Article.Paragraphs[quote.Paragraph];
        foreach (var gold in Gold.Quotes.Where(g => g.Paragraph - 1 == quote.Paragraph))
        {
            var at = paragraph.IndexOf(gold.Text, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var common = Math.Min(at + gold.Text.Length, quote.End) - Math.Max(at, quote.Start);
            if ((double)common / Math.Max(gold.Text.Length, quote.End - quote.Start) >= SuggestionScorer.MinimumOverlap)
            {
                return gold;
            }
        }

        return null;
    }

    private static bool IsRight(ExtractedPerson candidate, GoldQuote gold)
    {
        if (gold.Surnames is { Count: > 0 } surnames)
        {
            return surnames.Any(s => SuggestionScorer.HasWord(candidate.Name, s));
        }

        var surname = gold.Speaker?.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        return surname is not null && SuggestionScorer.HasWord(candidate.Name, surname);
    }
}

/// <summary>What describes a candidate speaker of a quote, all from the extractor's public output and the text.</summary>
internal static partial class CandidateFeatures
{
    public const int Count = 16;

    public static readonly string[] Names =
    [
        "rules' choice", "rules chose a person", "quote confidence", "chars from a mention before", "chars to a mention after",
        "named in the paragraph before", "named inside the quote", "speech verb after a mention", "speech verb before a mention",
        "mentions in the article (log)", "first named in the paragraph", "speaker of the previous quote", "person confidence",
        "quote length (log)", "mentions in the paragraph", "named right after the closing mark",
    ];

    public static float[] Of(Sample sample, int q, ExtractedPerson candidate)
    {
        var quote = sample.Result.Quotes[q];
        var text = sample.Article.Paragraphs[quote.Paragraph];
        var here = candidate.Mentions.Where(m => m.Paragraph == quote.Paragraph).ToList();
        var before = here.Where(m => m.End <= quote.Start).Select(m => quote.Start - m.End).DefaultIfEmpty(int.MaxValue).Min();
        var after = here.Where(m => m.Start >= quote.End).Select(m => m.Start - quote.End).DefaultIfEmpty(int.MaxValue).Min();
        var firstInParagraph = sample.Result.People.SelectMany(p => p.Mentions.Where(m => m.Paragraph == quote.Paragraph).Select(m => (Person: p, m.Start)))
            .OrderBy(x => x.Start).FirstOrDefault().Person == candidate;
        var previous = q > 0 ? sample.Result.Quotes[q - 1].PersonName : null;
        return
        [
            candidate.Name == quote.PersonName ? 1 : 0,
            quote.SpeakerKind == SpeakerKind.Person && quote.PersonName is not null ? 1 : 0,
            (float)quote.Confidence,
            Scaled(before),
            Scaled(after),
            candidate.Mentions.Any(m => m.Paragraph == quote.Paragraph - 1) ? 1 : 0,
            here.Any(m => m.Start < quote.End && m.End > quote.Start) ? 1 : 0,
            here.Any(m => SpeechVerb().IsMatch(text[m.End..Math.Min(text.Length, m.End + 30)])) ? 1 : 0,
            here.Any(m => SpeechVerb().IsMatch(text[Math.Max(0, m.Start - 12)..m.Start])) ? 1 : 0,
            MathF.Log(1 + candidate.Mentions.Count),
            firstInParagraph ? 1 : 0,
            previous is not null && previous == candidate.Name ? 1 : 0,
            (float)candidate.Confidence,
            MathF.Log(1 + quote.End - quote.Start),
            here.Count,
            after <= 4 ? 1 : 0,
        ];
    }

    private static float Scaled(int chars) => chars == int.MaxValue ? 1 : Math.Min(1f, chars / 300f);

    [GeneratedRegex(@"\b(said|says|told|tells|added|adds|asked|wrote|writes|argued|explained|insisted|noted|tweeted|stated|replied|warned|declared|recalled)\b")]
    private static partial Regex SpeechVerb();
}

internal sealed class Row
{
    [VectorType(CandidateFeatures.Count)]
    public float[] Features { get; set; } = [];

    public bool Label { get; set; }
}

internal sealed class Prediction
{
    public float Score { get; set; }
}
