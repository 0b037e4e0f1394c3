using NewsReader.Suggestions;
using NewsReader.Suggestions.Evaluation;

namespace NewsReader.UnitTests.Evaluation;

/// <summary>
/// The evaluation scores the extractor and nothing else, and stays out of the web app: the app's published
/// output is the app and the extractor, not the scorer, the gold format or the evaluate-suggestions program.
/// </summary>
public sealed class EvaluationLayeringTests
{
    [Fact]
    public void EvaluationAssembly_ReferencesOnlyTheExtractorAndTheBaseClassLibrary()
    {
        var others = typeof(SuggestionScorer).Assembly.GetReferencedAssemblies()
            .Select(reference => reference.Name ?? "")
            .Where(name => name != "System" && !name.StartsWith("System.", StringComparison.Ordinal))
            .ToList();

        Assert.Equal([typeof(SuggestionExtractor).Assembly.GetName().Name!], others);
    }

    [Fact]
    public void WebApp_DoesNotReferenceTheEvaluation()
    {
        var references = typeof(Program).Assembly.GetReferencedAssemblies().Select(reference => reference.Name).ToList();

        Assert.Contains(typeof(SuggestionExtractor).Assembly.GetName().Name, references);
        Assert.DoesNotContain(typeof(SuggestionScorer).Assembly.GetName().Name, references);
    }
}
