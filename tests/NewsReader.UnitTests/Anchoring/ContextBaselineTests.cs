using NewsReader.Web.Anchoring;
using NewsReader.Web.Ingestion;

namespace NewsReader.UnitTests.Anchoring;

/// <summary>Checks the calibration behind <see cref="MatchScore.UnrelatedContextSimilarity"/> on real news text.</summary>
public sealed class ContextBaselineTests
{
    private static readonly string SeedPath = Path.Combine(AppContext.BaseDirectory, "seeds", "000_9ecbe9413df941fa.txt");

    [Fact]
    public void Context_UnrelatedSnippetsOfSeedText_GiveAlmostNoEvidence()
    {
        var text = string.Join(" ", ArticleParser.Parse(File.ReadAllBytes(SeedPath)).Content!.Paragraphs.Select(p => p.Text));
        var random = new Random(7);
        var similarities = new List<double>();
        var evidence = new List<double>();
        while (similarities.Count < 1000)
        {
            int i = random.Next(text.Length - 32), j = random.Next(text.Length - 32);
            if (Math.Abs(i - j) < 64)
            {
                continue; // overlapping windows are not unrelated text
            }

            var a = text.Substring(i, 32);
            var b = text.Substring(j, 32);
            similarities.Add(EditDistance.Similarity(a, b));
            evidence.Add(MatchScore.Context(a, b, isPrefix: true));
        }

        similarities.Sort();
        evidence.Sort();
        // Measured: mean 0.15, 99th percentile 0.31, so unrelated context almost never counts as evidence.
        Assert.InRange(similarities[990], 0, MatchScore.UnrelatedContextSimilarity);
        Assert.InRange(evidence.Average(), 0, 0.01);
    }
}
