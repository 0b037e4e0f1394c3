using NewsReader.Tests;

namespace NewsReader.BrowserTests.Infrastructure;

/// <summary>A temporary folder deleted on dispose: one per app, so test classes never share data.</summary>
public sealed class TestFolder : IDisposable
{
    public static readonly string SeedFile = System.IO.Path.Combine(AppContext.BaseDirectory, "seeds", "000_9ecbe9413df941fa.txt");

    public TestFolder() => Path = Directory.CreateTempSubdirectory("newsreader-browser-").FullName;

    public string Path { get; }

    private TestDatabase? _database;

    /// <summary>The app's database: the suite's provider (<see cref="TestDatabase"/>), made on first use.</summary>
    public TestDatabase Database => _database ??= TestDatabase.ForSuite(Combine("test.db"));

    public string ConnectionString => Database.ConnectionString;

    public string Combine(string relative) => System.IO.Path.Combine(Path, relative);

    public void Dispose()
    {
        _database?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a host shutting down; the OS temp cleaner takes it later.
        }
    }
}
