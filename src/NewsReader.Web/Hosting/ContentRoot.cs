namespace NewsReader.Web.Hosting;

/// <summary>
/// Where the app's own files (appsettings.json, wwwroot) are. The host's default is the current folder,
/// so `dotnet /opt/newsreader/NewsReader.Web.dll` started from elsewhere would run without its
/// settings and without saying so. When the current folder has no appsettings.json but the app's
/// folder does, and nobody chose a content root, the app's folder is used.
/// </summary>
public static class ContentRoot
{
    public const string SettingsFile = "appsettings.json";

    public static string? Choose(string[] args, string currentDirectory, string appDirectory)
    {
        var chosen = args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT"));
        return !chosen && !File.Exists(Path.Combine(currentDirectory, SettingsFile)) && File.Exists(Path.Combine(appDirectory, SettingsFile))
            ? appDirectory
            : null;
    }
}
