namespace NewsReader.IntegrationTests.Infrastructure;

/// <summary>A temporary folder deleted on dispose; one per test (or fixture) so tests never share data.</summary>
public sealed class TestFolder : IDisposable
{
    public static readonly string SeedFile = System.IO.Path.Combine(AppContext.BaseDirectory, "seeds", "000_9ecbe9413df941fa.txt");

    public TestFolder() => Path = Directory.CreateTempSubdirectory("newsreader-it-").FullName;

    public string Path { get; }

    public string DatabaseFile => System.IO.Path.Combine(Path, "test.db");

    public string ConnectionString => $"Data Source={DatabaseFile}";

    public string Combine(string relative) => System.IO.Path.Combine(Path, relative);

    /// <summary>Writes a file (creating folders), returning its full path.</summary>
    public string Write(string relative, string content)
    {
        var full = Combine(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a host shutting down; the OS temp cleaner takes it later.
        }
    }
}
