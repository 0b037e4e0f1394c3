using Microsoft.Data.Sqlite;

namespace NewsReader.Bench;

/// <summary>
/// A private temporary folder for the run's database files, removed on dispose. Every run gets a
/// new file so no run benefits from pages or indexes another run left behind.
/// </summary>
internal sealed class ScratchFolder : IDisposable
{
    private int _next;

    public ScratchFolder()
    {
        Path = Directory.CreateTempSubdirectory("newsreader-bench-").FullName;
    }

    public string Path { get; }

    public string NewDatabasePath(string label) => System.IO.Path.Combine(Path, $"{label}-{++_next}.db");

    /// <summary>Deletes a database with its WAL and shared-memory files once the run is over, so disk use stays flat.</summary>
    public static void DeleteDatabase(string databasePath)
    {
        // Pooled connections keep the file open (and, on Windows, locked) after Dispose.
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(databasePath + suffix);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException ex)
        {
            // A leftover temp folder is not worth failing a finished benchmark over; say where it is.
            Console.Error.WriteLine($"Could not remove {Path}: {ex.Message}");
        }
    }
}
