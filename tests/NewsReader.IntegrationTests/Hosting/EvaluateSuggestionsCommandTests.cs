using NewsReader.IntegrationTests.Infrastructure;
using NewsReader.Web.Hosting;

namespace NewsReader.IntegrationTests.Hosting;

/// <summary>The evaluate-suggestions command over a small crafted corpus and gold set.</summary>
public sealed class EvaluateSuggestionsCommandTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Scores_MatchingGoldToArticlesBySourcePath_AndPrintsTheThreeFigures()
    {
        var (corpus, gold) = Write(goldFile: "politics/001.txt", goldText: "It will happen", speaker: "Jane Holloway");
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await EvaluateSuggestionsCommand.RunAsync(["--corpus", corpus, "--gold", gold], output, error);

        Assert.Equal(CommandLine.Success, exit);
        var text = output.ToString();
        Assert.Contains("Evaluated 1 articles", text, StringComparison.Ordinal);
        Assert.Contains("quotes    P 1.000  R 1.000  F1 1.000  (tp 1, fp 0, fn 0)", text, StringComparison.Ordinal);
        Assert.Contains("speakers  accuracy 1.000  (1/1", text, StringComparison.Ordinal);
        Assert.Contains("people    P 1.000  R 1.000  F1 1.000", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWrongSpeakerAndAMissedQuote_Count()
    {
        var (corpus, gold) = Write(goldFile: "politics/001.txt", goldText: "It will happen", speaker: "Tom Grady", extraQuote: "nothing of the sort");
        var output = new StringWriter();

        await EvaluateSuggestionsCommand.RunAsync(["--corpus", corpus, "--gold", gold], output, new StringWriter());

        Assert.Contains("quotes    P 1.000  R 0.500  F1 0.667  (tp 1, fp 0, fn 1)", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("speakers  accuracy 0.000  (0/1", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GoldThatMatchesNoArticle_FailsSayingWhy_InsteadOfPrintingPerfectFigures()
    {
        var (corpus, gold) = Write(goldFile: "sport/404.txt", goldText: "It will happen", speaker: "Jane Holloway");
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await EvaluateSuggestionsCommand.RunAsync(["--corpus", corpus, "--gold", gold], output, error);

        Assert.Equal(CommandLine.Failures, exit);
        Assert.Contains("none of the 1 gold files", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("F1", output.ToString(), StringComparison.Ordinal);
    }

    private (string Corpus, string Gold) Write(string goldFile, string goldText, string speaker, string? extraQuote = null)
    {
        var corpus = _folder.Combine("corpus");
        var gold = _folder.Combine("gold");
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
