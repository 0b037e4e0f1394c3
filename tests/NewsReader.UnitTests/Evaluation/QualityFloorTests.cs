using NewsReader.EvaluateSuggestions;

namespace NewsReader.UnitTests.Evaluation;

/// <summary>
/// Suggestion quality may not drop unnoticed: the extractor is scored on the dev gold sets beside the
/// checkout (<c>../shared/gold</c>: BBC dev, straight and curly, and PolNeAR dev) and each figure must stay
/// at or above a floor set just under what it reaches. Raise a floor when a change lifts a figure; a rule
/// that lowers one fails here, with the figures printed. Skipped, saying how to get the gold, where it is absent.
/// </summary>
public sealed class QualityFloorTests
{
    // Reached on these sets: BBC dev quotes F1 1.000, speakers 1.000, people F1 0.995 (straight and curly);
    // PolNeAR dev quotes F1 0.967, speakers 0.922 (506/549): the floors below leave a little headroom for rounding only.
    private const double BbcQuoteF1 = 0.995, BbcSpeakers = 0.99, BbcPeopleF1 = 0.99;
    private const double PolnearQuoteF1 = 0.965, PolnearSpeakers = 0.92;

    [GoldFact]
    public void BbcDev_StaysAtItsFloors() => AtFloors(SharedGold.Corpus, SharedGold.Folder("dev"), curly: false, BbcQuoteF1, BbcSpeakers, BbcPeopleF1);

    [GoldFact]
    public void BbcDev_InCurlyTypography_StaysAtItsFloors() => AtFloors(SharedGold.Corpus, SharedGold.Folder("dev"), curly: true, BbcQuoteF1, BbcSpeakers, BbcPeopleF1);

    [GoldFact]
    public void PolnearDev_StaysAtItsFloors() => AtFloors(SharedGold.Folder(Path.Combine("polnear-dev", "articles")), SharedGold.Folder(Path.Combine("polnear-dev", "gold")), curly: false, PolnearQuoteF1, PolnearSpeakers, peopleF1: null);

    /// <summary>"Accept all at or above 90%" is safe: on each dev set at least 95% of those suggestions are right, quote and speaker together.</summary>
    [GoldFact]
    public void SuggestionsAtNinetyPercentOrAbove_AreRightAtLeast95PercentOfTheTime_OnEachDevSet()
    {
        var sets = new[]
        {
            ("BBC dev", EvaluateSuggestionsCommand.Score(SharedGold.Corpus, SharedGold.Folder("dev"), false, TextWriter.Null)),
            ("PolNeAR dev", EvaluateSuggestionsCommand.Score(SharedGold.Folder(Path.Combine("polnear-dev", "articles")), SharedGold.Folder(Path.Combine("polnear-dev", "gold")), false, TextWriter.Null)),
        };

        foreach (var (name, set) in sets)
        {
            var accepted = set.Outcomes(s => s.SuggestionOutcomes).Where(o => o.Confidence >= 0.9).ToList();
            var people = set.Outcomes(s => s.PeopleOutcomes).Where(o => o.Confidence >= 0.9).ToList();
            Assert.True(accepted.Count >= 40, $"{name}: only {accepted.Count} quotes at 0.9 or above: the threshold would accept almost nothing");
            Assert.True(accepted.Count(o => o.Right) >= 0.95 * accepted.Count, $"{name}: {accepted.Count(o => o.Right)}/{accepted.Count} quotes at 0.9 or above right");
            Assert.True(people.Count(o => o.Right) >= 0.95 * people.Count, $"{name}: {people.Count(o => o.Right)}/{people.Count} people at 0.9 or above right");
        }
    }

    private static void AtFloors(string corpus, string gold, bool curly, double quoteF1, double speakers, double? peopleF1)
    {
        var errors = new StringWriter();
        var set = EvaluateSuggestionsCommand.Score(corpus, gold, curly, errors);
        var figures = $"{set.Articles} articles: quotes {set.Quotes}, speakers {set.SpeakerAccuracy:0.000} ({set.SpeakersCorrect}/{set.SpeakersJudged}), people {set.People?.ToString() ?? "not in the gold"}";

        Assert.True(set.Articles == set.GoldFiles, $"every gold file should match an article; {errors}");
        Assert.True(set.Quotes.F1 >= quoteF1, $"quote F1 fell below {quoteF1:0.000}: {figures}");
        Assert.True(set.SpeakerAccuracy >= speakers, $"speaker accuracy fell below {speakers:0.000}: {figures}");
        if (peopleF1 is { } floor)
        {
            Assert.True(set.People is { } people && people.F1 >= floor, $"people F1 fell below {floor:0.000}: {figures}");
        }
    }
}

/// <summary>The gold and corpus folders in <c>shared</c> beside the checkout (found by walking up to NewsReader.sln), when present.</summary>
public static class SharedGold
{
    public static string? Root { get; } = Find();

    public static string Corpus => Path.Combine(Root!, "corpus", "bbc");

    public static string Folder(string name) => Path.Combine(Root!, "gold", name);

    public static bool Present => Root is not null;

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsReader.sln")))
            {
                var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
                return Directory.Exists(Path.Combine(shared, "gold", "dev")) && Directory.Exists(Path.Combine(shared, "gold", "polnear-dev"))
                    && Directory.Exists(Path.Combine(shared, "corpus", "bbc")) ? shared : null;
            }
        }

        return null;
    }
}

/// <summary>A fact that needs the shared gold sets: skipped, saying where they are expected, when they are absent.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class GoldFactAttribute : FactAttribute
{
    public GoldFactAttribute()
    {
        if (!SharedGold.Present)
        {
            Skip = "The gold sets are not beside this checkout: put the shared folder (gold/dev, gold/polnear-dev and corpus/bbc) at ../shared next to the repository to measure suggestion quality.";
        }
    }
}
