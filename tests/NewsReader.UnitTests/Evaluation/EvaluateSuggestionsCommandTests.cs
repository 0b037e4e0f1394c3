using NewsReader.EvaluateSuggestions;

namespace NewsReader.UnitTests.Evaluation;

/// <summary>The evaluate-suggestions program (bench/NewsReader.EvaluateSuggestions) over a small crafted corpus and gold set.</summary>
public sealed class EvaluateSuggestionsCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsreader-evaluate-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Scores_MatchingGoldToArticlesBySourcePath_AndPrintsTheThreeFigures()
    {
        var (corpus, gold) = Write(goldFile: "politics/001.txt", goldText: "It will happen", speaker: "Jane Holloway");
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = EvaluateSuggestionsCommand.Run(["--corpus", corpus, "--gold", gold], output, error);

        Assert.Equal(EvaluateSuggestionsCommand.Success, exit);
        var text = output.ToString();
        Assert.Contains("Evaluated 1 articles", text, StringComparison.Ordinal);
        Assert.Contains("quotes    P 1.000  R 1.000  F1 1.000  (tp 1, fp 0, fn 0)", text, StringComparison.Ordinal);
        Assert.Contains("speakers  accuracy 1.000  (1/1", text, StringComparison.Ordinal);
        Assert.Contains("people    P 1.000  R 1.000  F1 1.000", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AWrongSpeakerAndAMissedQuote_Count()
    {
        var (corpus, gold) = Write(goldFile: "politics/001.txt", goldText: "It will happen", speaker: "Tom Grady", extraQuote: "nothing of the sort");
        var output = new StringWriter();

        EvaluateSuggestionsCommand.Run(["--corpus", corpus, "--gold", gold], output, new StringWriter());

        Assert.Contains("quotes    P 1.000  R 0.500  F1 0.667  (tp 1, fp 0, fn 1)", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("speakers  accuracy 0.000  (0/1", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void GoldThatMatchesNoArticle_FailsSayingWhy_InsteadOfPrintingPerfectFigures()
    {
        var (corpus, gold) = Write(goldFile: "sport/404.txt", goldText: "It will happen", speaker: "Jane Holloway");
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = EvaluateSuggestionsCommand.Run(["--corpus", corpus, "--gold", gold], output, error);

        Assert.Equal(EvaluateSuggestionsCommand.Failures, exit);
        Assert.Contains("none of the 1 gold files", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("F1", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnexpectedArgument_IsAUsageError_NamingTheProgramToRun()
    {
        var (corpus, gold) = Write(goldFile: "politics/001.txt", goldText: "It will happen", speaker: "Jane Holloway");
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = EvaluateSuggestionsCommand.Run(["--corpus", corpus, "--gold", gold, "--curlyy"], output, error);

        Assert.Equal(EvaluateSuggestionsCommand.UsageError, exit);
        Assert.Contains("unexpected argument '--curlyy'", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("--project bench/NewsReader.EvaluateSuggestions --", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }

    private (string Corpus, string Gold) Write(string goldFile, string goldText, string speaker, string? extraQuote = null)
    {
        var corpus = Path.Combine(_folder, "corpus");
        var gold = Path.Combine(_folder, "gold");
        Directory.CreateDirectory(Path.Combine(corpus, "politics"));
        Directory.CreateDirectory(gold);
        File.WriteAllText(Path.Combine(corpus, "politics", "001.txt"), """
            Minister sure of rail plan

            "It will happen," Transport Secretary Jane Holloway said on Monday. She said nothing of the sort last year.
            """);
        var extra = extraQuote is null ? string.Empty : $$""", { "paragraph": 1, "text": "{{extraQuote}}", "speaker": "Jane Holloway", "speaker_kind": "person" }""";
        File.WriteAllText(Path.Combine(gold, goldFile.Replace("/", "__", StringComparison.Ordinal) + ".json"), $$"""
            {
              "file": "{{goldFile}}",
              "title": "Minister sure of rail plan",
              "people": [ { "name": "Jane Holloway", "mentions": ["Jane Holloway"] } ],
              "quotes": [ { "paragraph": 1, "text": "{{goldText}}", "speaker": "{{speaker}}", "speaker_kind": "person" }{{extra}} ]
            }
            """);
        return (corpus, gold);
    }
}
