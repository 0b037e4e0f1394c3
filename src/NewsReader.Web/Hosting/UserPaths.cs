namespace NewsReader.Web.Hosting;

/// <summary>
/// Paths typed on the command line. <c>dotnet run --project src/NewsReader.Web</c> starts the app in
/// the project folder, not where the user typed the command; the shell's <c>PWD</c>, which it passes
/// on unchanged, still says where that was. So relative paths start there, as the user expects.
/// </summary>
public static class UserPaths
{
    public static string StartingDirectory
    {
        get
        {
            var pwd = Environment.GetEnvironmentVariable("PWD");
            return !string.IsNullOrEmpty(pwd) && Path.IsPathRooted(pwd) && Directory.Exists(pwd) ? pwd : Environment.CurrentDirectory;
        }
    }

    /// <summary>The full path of an existing file or folder, or null when there is none.</summary>
    public static string? Resolve(string path)
    {
        string[] candidates = Path.IsPathRooted(path)
            ? [path]
            : [Path.Combine(StartingDirectory, path), Path.Combine(Environment.CurrentDirectory, path)];
        return candidates.Select(Path.GetFullPath).FirstOrDefault(p => File.Exists(p) || Directory.Exists(p));
    }
}
