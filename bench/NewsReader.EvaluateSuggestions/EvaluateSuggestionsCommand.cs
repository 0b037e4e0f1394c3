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

        var scores = new List<ArticleScore>();
        var goldFiles = Directory.EnumerateFiles(options.Gold, "*.json").Order(StringComparer.Ordinal).ToList();
        foreach (var goldPath in goldFiles)
        {
            if (Evaluate(goldPath, options, error) is { } score)
            {
                scores.Add(score);
                if (options.Verbose)
                {
                    PrintArticle(score, output);
                }
            }
        }

        if (scores.Count == 0)
        {
            // Perfect-looking figures over nothing would mislead: say so and fail.
            error.WriteLine($"evaluate-suggestions: none of the {goldFiles.Count} gold files in {options.Gold} matched an article under {options.Corpus}; is --corpus the folder their source paths are relative to?");
            return Failures;
        }

        PrintTotals(scores, options, output);
        return Success;
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

    private static void PrintTotals(List<ArticleScore> scores, Options options, TextWriter output)
    {
        var quotes = scores.Aggregate(Counts.Zero, (sum, s) => sum + s.Quotes);
        var withPeople = scores.Where(s => s.People is not null).ToList();
        var people = withPeople.Aggregate(Counts.Zero, (sum, s) => sum + s.People!);
        var judged = scores.Sum(s => s.SpeakersJudged);
        var correct = scores.Sum(s => s.SpeakersCorrect);
        output.WriteLine($"Evaluated {scores.Count} articles{(options.Curly ? " (curly quotes)" : "")}");
        output.WriteLine($"  quotes    {quotes}");
        output.WriteLine($"  speakers  accuracy {(judged == 0 ? 1 : (double)correct / judged):0.000}  ({correct}/{judged} matched quotes by a person)");
        output.WriteLine(withPeople.Count == 0 ? "  people    not in the gold" : $"  people    {people}{(withPeople.Count < scores.Count ? $"  ({withPeople.Count} articles list people)" : "")}");
        output.WriteLine();
        output.WriteLine("Reliability: suggestions by confidence, right/count and the share right");
        List<(string, IReadOnlyList<Outcome>)> kinds =
        [
            ("quotes", [.. scores.SelectMany(s => s.QuoteOutcomes)]),
            ("speakers", [.. scores.SelectMany(s => s.SpeakerOutcomes)]),
        ];
        if (withPeople.Count > 0)
        {
            kinds.Add(("people", [.. withPeople.SelectMany(s => s.PeopleOutcomes)]));
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
