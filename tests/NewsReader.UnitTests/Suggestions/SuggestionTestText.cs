using NewsReader.Suggestions;

namespace NewsReader.UnitTests.Suggestions;

/// <summary>Builds articles for the extractor tests: a title and paragraphs, straight or curly.</summary>
internal static class SuggestionTestText
{
    public static ExtractionResult Extract(params string[] paragraphs) =>
        SuggestionExtractor.Extract(new ArticleText("Test article", paragraphs), []);

    public static ExtractedQuote QuoteStarting(this ExtractionResult result, string start) =>
        Assert.Single(result.Quotes, q => q.Text.StartsWith(start, StringComparison.Ordinal));

    public static ExtractedPerson Person(this ExtractionResult result, string name) =>
        Assert.Single(result.People, p => p.Name == name);
}
