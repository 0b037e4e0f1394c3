namespace NewsReader.Web.Reviewing;

/// <summary>
/// What a suggestion's confidence means, as the review pages say it. The extractor's confidences are
/// calibrated on the dev gold sets (NewsReader.Suggestions.Calibration), and the test suite checks the claim
/// on both (QualityFloorTests): at 90% or above at least 95 in 100 suggestions were right, quote and speaker together.
/// </summary>
public static class ConfidenceAdvice
{
    public const string Text = "At 90% or above, at least 95 in 100 suggestions were right, quote and speaker together, on BBC and US political news we checked them against; below that, read each one before you accept it.";
}
