namespace NewsReader.BrowserTests.Infrastructure;

/// <summary>
/// A fact that needs Debian's Chromium at <see cref="Chromium.ExecutablePath"/>: skipped, with the way to get it,
/// on a machine without it (Playwright's own browser download is not available here and is never used).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Chromium.IsInstalled)
        {
            Skip = $"Chromium is not installed at {Chromium.ExecutablePath}: run `apt-get install chromium` (Debian) to run the browser tests.";
        }
    }
}

public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(ExecutablePath);
}
