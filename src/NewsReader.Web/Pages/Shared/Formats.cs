using System.Globalization;

namespace NewsReader.Web.Pages.Shared;

/// <summary>Numbers as the pages show them.</summary>
public static class Formats
{
    /// <summary>A fraction as a whole percentage with no culture spacing: 0.855 is "86%".</summary>
    public static string Percent(double fraction) =>
        Math.Round(fraction * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%";
}
