namespace NewsReader.Suggestions.Evaluation;

/// <summary>True positives, false positives and false negatives, and the figures made from them.</summary>
public sealed record Counts(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public static readonly Counts Zero = new(0, 0, 0);

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Counts operator +(Counts a, Counts b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);

    /// <summary>An empty denominator scores 1: nothing to find and nothing wrongly found is not a failure.</summary>
    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

    public override string ToString() => $"P {Precision:0.000}  R {Recall:0.000}  F1 {F1:0.000}  (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})";
}

/// <summary>
/// How one article scored, with a line per error for <c>--verbose</c>. <see cref="People"/> is null where
/// the gold lists no people. The outcomes pair each suggestion's confidence with whether it was right, for
/// the reliability table: every suggested quote (matched a gold quote or not), every matched quote whose
/// gold source is a named person (its speaker right or not), every suggested person (matched or not).
/// </summary>
public sealed record ArticleScore(string File, Counts Quotes, int SpeakersCorrect, int SpeakersJudged, Counts? People, IReadOnlyList<string> Errors)
{
    public IReadOnlyList<Outcome> QuoteOutcomes { get; init; } = [];

    /// <summary>Every suggested quote as a reviewer accepts it, with its speaker: right when the quote matches and its speaker is not wrong.</summary>
    public IReadOnlyList<Outcome> SuggestionOutcomes { get; init; } = [];

    public IReadOnlyList<Outcome> SpeakerOutcomes { get; init; } = [];

    public IReadOnlyList<Outcome> PeopleOutcomes { get; init; } = [];
}

/// <summary>A suggestion's confidence and whether the gold agrees with it.</summary>
public readonly record struct Outcome(double Confidence, bool Right);
