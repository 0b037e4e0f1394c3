namespace NewsReader.Web.Hosting;

/// <summary>
/// Resolves relative paths from configuration (database, seeds). <c>dotnet run --project
/// src/NewsReader.Web</c> makes the project folder the content root, yet the defaults name folders
/// at the repository's top level; so a relative path is taken from the content root when it exists
/// there (a published app, the Docker image), else from the checkout root: the nearest folder above
/// that holds <c>NewsReader.sln</c>.
/// </summary>
public sealed class AppPaths(string contentRoot)
{
    public const string SolutionFile = "NewsReader.sln";

    public string ContentRoot { get; } = Path.GetFullPath(contentRoot);

    /// <summary>The checkout root, or null when running outside a checkout (published, in a container).</summary>
    public string? RepositoryRoot { get; } = FindRepositoryRoot(contentRoot);

    /// <summary>The path as given when absolute; otherwise where it exists (content root first), else where it should be created.</summary>
    public string Resolve(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return Path.GetFullPath(path);
        }

        var fromContentRoot = Path.GetFullPath(Path.Combine(ContentRoot, path));
        if (RepositoryRoot is null || Path.Exists(fromContentRoot))
        {
            return fromContentRoot;
        }

        return Path.GetFullPath(Path.Combine(RepositoryRoot, path));
    }

    private static string? FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
