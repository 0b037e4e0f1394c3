namespace NewsReader.Web.Ingestion;

/// <summary>
/// Walks a folder (recursively) or takes a single file, yielding the <c>*.txt</c> files to ingest in
/// a stable order. Links are followed only while they stay inside the folder; hidden entries (names
/// starting with '.') are skipped, which also keeps editors' swap files and <c>.git</c> out.
/// </summary>
public static class ArticleFileFinder
{
    public const string Extension = ".txt";

    public static bool IsArticleName(string fileName) =>
        fileName.EndsWith(Extension, StringComparison.Ordinal) && !fileName.StartsWith('.');

    /// <summary>Files under <paramref name="root"/>; a root that is a file yields just that file.</summary>
    public static IEnumerable<ArticleFile> Find(string root)
    {
        var full = Path.GetFullPath(root);
        if (File.Exists(full))
        {
            return [Describe(Path.GetDirectoryName(full)!, full)];
        }

        return FindUnder(full, full);
    }

    /// <summary>Files in <paramref name="folder"/>, a folder inside <paramref name="root"/>, with paths relative to the root.</summary>
    public static IEnumerable<ArticleFile> FindUnder(string root, string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"No such file or folder: {folder}");
        }

        var results = new List<ArticleFile>();
        Walk(new DirectoryInfo(Path.GetFullPath(folder)), Path.GetFullPath(root), RealPath(root), results);
        results.Sort((a, b) => string.CompareOrdinal(a.SourcePath, b.SourcePath));
        return results;
    }

    /// <summary>One file inside <paramref name="root"/>, checked the same way as during a walk.</summary>
    public static ArticleFile Describe(string root, string fullPath)
    {
        var fullRoot = Path.GetFullPath(root);
        var full = Path.GetFullPath(fullPath);
        return Describe(new FileInfo(full), fullRoot, Relative(fullRoot, full), RealPath(fullRoot));
    }

    private static void Walk(DirectoryInfo folder, string root, string realRoot, List<ArticleFile> results)
    {
        FileSystemInfo[] entries;
        try
        {
            entries = folder.GetFileSystemInfos();
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            results.Add(new ArticleFile(folder.FullName, Relative(root, folder.FullName) + "/",
                new Rejection(RejectionReason.Unreadable, $"folder cannot be read: {ex.Message}")));
            return;
        }

        foreach (var entry in entries)
        {
            if (entry.Name.StartsWith('.'))
            {
                continue;
            }

            var relative = Relative(root, entry.FullName);
            if (entry is DirectoryInfo dir)
            {
                if (dir.LinkTarget is null)
                {
                    Walk(dir, root, realRoot, results);
                }
                else if (!IsInside(RealPath(dir.FullName), realRoot))
                {
                    results.Add(new ArticleFile(dir.FullName, relative + "/",
                        new Rejection(RejectionReason.OutsideFolder, $"folder link points outside {root}: {dir.LinkTarget}")));
                }

                // A link to a folder inside the root is walked through its real path already: skipping it avoids loops.
            }
            else if (IsArticleName(entry.Name))
            {
                results.Add(Describe((FileInfo)entry, root, relative, realRoot));
            }
        }
    }

    private static ArticleFile Describe(FileInfo file, string root, string relative, string realRoot)
    {
        try
        {
            if (file.LinkTarget is not null)
            {
                var target = RealPath(file.FullName);
                if (!IsInside(target, realRoot))
                {
                    return new ArticleFile(file.FullName, relative,
                        new Rejection(RejectionReason.OutsideFolder, $"link points outside {root}: {file.LinkTarget}"));
                }

                file = new FileInfo(target);
            }

            if (!file.Exists)
            {
                // .NET cannot reopen a name whose bytes are not valid UTF-8: it shows them as U+FFFD.
                var detail = file.Name.Contains('\uFFFD') ? "the file name is not valid UTF-8; rename the file" : "broken link or vanished file";
                return new ArticleFile(file.FullName, relative, new Rejection(RejectionReason.Unreadable, detail));
            }

            // Pipes, sockets and device nodes report a length of 0. Never opening a zero-length file
            // means a FIFO named *.txt cannot block a run waiting for a writer.
            if (file.Length == 0)
            {
                return new ArticleFile(file.FullName, relative, new Rejection(RejectionReason.Empty, "the file is empty (or not a regular file)"));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new ArticleFile(file.FullName, relative, new Rejection(RejectionReason.Unreadable, ex.Message));
        }

        return new ArticleFile(file.FullName, relative);
    }

    // The path with every link resolved, in the folders above it too, so that /tmp/a (a link to
    // /real/a) and /real/a compare equal. A link loop throws IOException, reported as unreadable.
    private static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var parent = Path.GetDirectoryName(full);
        if (parent is null)
        {
            return full;
        }

        var real = Path.Combine(RealPath(parent), Path.GetFileName(full));
        var target = new FileInfo(real).ResolveLinkTarget(returnFinalTarget: true);
        return target is null ? real : RealPath(target.FullName);
    }

    private static bool IsInside(string path, string root) =>
        path == root || path.StartsWith(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string Relative(string root, string full) =>
        Path.GetRelativePath(root, full).Replace(Path.DirectorySeparatorChar, '/');
}
