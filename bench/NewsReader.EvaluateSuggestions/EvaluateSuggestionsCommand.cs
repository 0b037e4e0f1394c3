using System.Text.Json;
using NewsReader.Suggestions;
using NewsReader.Suggestions.Evaluation;
using NewsReader.Web.Hosting;
using NewsReader.Web.Ingestion;

namespace NewsReader.EvaluateSuggestions;

/// <summary>
/// <c>evaluate-suggestions --corpus DIR --gold DIR [--curly] [--verbose]</c>: runs the suggestion
/// extractor over every gold-annotated article and prints quote, speaker and people figures. Pure: no
/// database. Each gold file names its article by path relative to the corpus (titles repeat there).
/// <c>--curly</c> prints the corpus and gold texts with curly marks first, as typeset copy would have them.
/// Gold in the PolNeAR form (no people; speakers as marked, with the surnames they name) is scored by
/// surname, and people are reported as not in the gold. A reliability table follows the figures.
/// The whole program, callable without a process: <c>Program.cs</c> only passes it the console.
/// </summary>
public static class EvaluateSuggestionsCommand
{
    public const int Success = 0;
    public const int Failures = 1;
    public const int UsageError = 2;

    public const string Usage = "dotnet run -c Release --project bench/NewsReader.EvaluateSuggestions -- --corpus DIR --gold DIR [--curly] [--verbose]";

    /// <summary>Exit code 0 with figures printed, 1 when no gold file matched an article, 2 on a usage error.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (Options.Parse(args, error) is not { } options)
        {
            return UsageError;
        }

        var scores = Score(options.Corpus, options.Gold, options.Curly, error, options.Verbose ? score => PrintArticle(score, output) : null);
        if (scores.Articles == 0)
        {
            // Perfect-looking figures over nothing would mislead: say so and fail.
            error.WriteLine($"evaluate-suggestions: none of the {scores.GoldFiles} gold files in {options.Gold} matched an article under {options.Corpus}; is --corpus the folder their source paths are relative to?");
            return Failures;
        }

        PrintTotals(scores, options, output);
        return Success;
    }

    /// <summary>
    /// Every gold file in <paramref name="gold"/> scored against its article under <paramref name="corpus"/>
    /// (both full paths); files that cannot be read or matched are reported to <paramref name="error"/> and left out.
    /// Used by the program and by the test suite's quality floors.
    /// </summary>
    public static SetScore Score(string corpus, string gold, bool curly, TextWriter error, Action<ArticleScore>? each = null)
    {
        var scores = new List<ArticleScore>();
        var goldFiles = Directory.EnumerateFiles(gold, "*.json").Order(StringComparer.Ordinal).ToList();
        var options = new Options(corpus, gold, curly, false);
        foreach (var goldPath in goldFiles)
        {
            if (Evaluate(goldPath, options, error) is { } score)
            {
                scores.Add(score);
                each?.Invoke(score);
            }
        }

        return new SetScore(goldFiles.Count, scores);
    }

    private static ArticleScore? Evaluate(string goldPath, Options options, TextWriter error)
    {
        GoldArticle gold;
        try
        {
            gold = GoldArticle.Parse(File.ReadAllText(goldPath));
        }
        catch (JsonException ex)
        {
            error.WriteLine($"evaluate-suggestions: skipped {Path.GetFileName(goldPath)}: {ex.Message}");
            return null;
        }

        var articlePath = Path.Combine(options.Corpus, gold.File);
        var parsed = File.Exists(articlePath) ? ArticleParser.Parse(File.ReadAllBytes(articlePath)) : null;
        if (parsed?.Content is not { } content)
        {
            error.WriteLine($"evaluate-suggestions: skipped {gold.File}: {(parsed is null ? "no such file in the corpus" : parsed.Rejection?.Detail)}");
            return null;
        }

        var article = new ArticleText(content.Title, [.. content.Paragraphs.Select(p => p.Text)]);
        if (options.Curly)
        {
            gold = gold.Map(q => CurlyText(article, q), CurlyQuotes.Convert);
            article = new ArticleText(CurlyQuotes.Convert(article.Title), [.. article.Paragraphs.Select(CurlyQuotes.Convert)]);
        }

        return SuggestionScorer.Score(gold, article, SuggestionExtractor.Extract(article, []));
    }

    /// <summary>A gold quote's text as it reads once its paragraph is curled: conversion keeps offsets, so the same span.</summary>
    private static string CurlyText(ArticleText article, GoldQuote quote)
    {
        var index = quote.Paragraph - 1;
        var paragraph = index >= 0 && index < article.Paragraphs.Count ? article.Paragraphs[index] : "";
        var at = paragraph.IndexOf(quote.Text, StringComparison.Ordinal);
        return at < 0 ? CurlyQuotes.Convert(quote.Text) : CurlyQuotes.Convert(paragraph).Substring(at, quote.Text.Length);
    }

    private static void PrintArticle(ArticleScore score, TextWriter output)
    {
        output.WriteLine($"{score.File}: quotes {score.Quotes}; speakers {score.SpeakersCorrect}/{score.SpeakersJudged}; people {score.People?.ToString() ?? "not in the gold"}");
        foreach (var line in score.Errors)
        {
            output.WriteLine($"    {line}");
        }
    }

    private static void PrintTotals(SetScore scores, Options options, TextWriter output)
    {
        output.WriteLine($"Evaluated {scores.Articles} articles{(options.Curly ? " (curly quotes)" : "")}");
        output.WriteLine($"  quotes    {scores.Quotes}");
        output.WriteLine($"  speakers  accuracy {scores.SpeakerAccuracy:0.000}  ({scores.SpeakersCorrect}/{scores.SpeakersJudged} matched quotes by a person)");
        output.WriteLine(scores.People is not { } people ? "  people    not in the gold" : $"  people    {people}{(scores.ArticlesListingPeople < scores.Articles ? $"  ({scores.ArticlesListingPeople} articles list people)" : "")}");
        output.WriteLine();
        output.WriteLine("Reliability: suggestions by confidence, right/count and the share right");
        List<(string, IReadOnlyList<Outcome>)> kinds =
        [
            ("quote+speaker", [.. scores.Scores.SelectMany(s => s.SuggestionOutcomes)]),
            ("quotes", [.. scores.Scores.SelectMany(s => s.QuoteOutcomes)]),
            ("speakers", [.. scores.Scores.SelectMany(s => s.SpeakerOutcomes)]),
        ];
        if (scores.People is not null)
        {
            kinds.Add(("people", [.. scores.Scores.Where(s => s.People is not null).SelectMany(s => s.PeopleOutcomes)]));
        }

        foreach (var line in Reliability.Table(kinds))
        {
            output.WriteLine(line);
        }
    }

    private sealed record Options(string Corpus, string Gold, bool Curly, bool Verbose)
    {
        public static Options? Parse(string[] args, TextWriter error)
        {
            string? corpus = null, gold = null;
            bool curly = false, verbose = false;
            for (var i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--corpus" when i + 1 < args.Length:
                        corpus = args[++i];
                        break;
                    case "--gold" when i + 1 < args.Length:
                        gold = args[++i];
                        break;
                    case "--curly":
                        curly = true;
                        break;
                    case "--verbose":
                        verbose = true;
                        break;
                    default:
                        error.WriteLine($"evaluate-suggestions: unexpected argument '{args[i]}'. Usage: {Usage}");
                        return null;
                }
            }

            var corpusPath = corpus is null ? null : UserPaths.Resolve(corpus);
            var goldPath = gold is null ? null : UserPaths.Resolve(gold);
            if (corpusPath is null || goldPath is null || !Directory.Exists(corpusPath) || !Directory.Exists(goldPath))
            {
                error.WriteLine("evaluate-suggestions: --corpus DIR and --gold DIR must both name existing folders.");
                return null;
            }

            return new Options(corpusPath, goldPath, curly, verbose);
        }
    }
}

/// <summary>A gold set's figures: how many gold files there were and each matched article's score, summed.</summary>
public sealed record SetScore(int GoldFiles, IReadOnlyList<ArticleScore> Scores)
{
    public int Articles => Scores.Count;

    public Counts Quotes => Scores.Aggregate(Counts.Zero, (sum, s) => sum + s.Quotes);

    public int SpeakersCorrect => Scores.Sum(s => s.SpeakersCorrect);

    public int SpeakersJudged => Scores.Sum(s => s.SpeakersJudged);

    /// <summary>The share of matched quotes by a named person whose suggested speaker is right (1 when none was judged).</summary>
    public double SpeakerAccuracy => SpeakersJudged == 0 ? 1 : (double)SpeakersCorrect / SpeakersJudged;

    public int ArticlesListingPeople => Scores.Count(s => s.People is not null);

    /// <summary>People figures over the articles whose gold lists people; null when none does.</summary>
    public Counts? People => ArticlesListingPeople == 0 ? null : Scores.Where(s => s.People is not null).Aggregate(Counts.Zero, (sum, s) => sum + s.People!);

    /// <summary>Every suggestion's outcome of one kind (quotes, speakers, people), for the reliability table and calibration checks.</summary>
    public IReadOnlyList<Outcome> Outcomes(Func<ArticleScore, IEnumerable<Outcome>> kind) => [.. Scores.SelectMany(kind)];
}
