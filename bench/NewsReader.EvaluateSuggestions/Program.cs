namespace NewsReader.EvaluateSuggestions;

/// <summary>
/// Scores the suggestion extractor against gold annotations, e.g.
/// <c>dotnet run -c Release --project bench/NewsReader.EvaluateSuggestions -- --corpus ../shared/corpus/bbc --gold ../shared/gold/dev</c>.
/// Once a command of the web app; out of it so that the evaluation is not part of what the app publishes.
/// A class in this namespace rather than top-level statements: the unit tests reference this program and
/// the web app both, and there <c>Program</c> must keep meaning the web app's.
/// </summary>
internal static class Program
{
    private static int Main(string[] args) => EvaluateSuggestionsCommand.Run(args, Console.Out, Console.Error);
}
