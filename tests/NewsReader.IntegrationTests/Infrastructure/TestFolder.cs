using NewsReader.Tests;

namespace NewsReader.IntegrationTests.Infrastructure;

/// <summary>
/// A temporary folder deleted on dispose; one per test (or fixture) so tests never share data. Its database is
/// the suite's provider (<see cref="TestDatabase"/>): a file here, or a PostgreSQL database of its own.
/// </summary>
public sealed class TestFolder : IDisposable
{
    private TestDatabase? _database;

    public static readonly string SeedFile = System.IO.Path.Combine(AppContext.BaseDirectory, "seeds", "000_9ecbe9413df941fa.txt");

    public TestFolder() => Path = Directory.CreateTempSubdirectory("newsreader-it-").FullName;

    public string Path { get; }

    public string DatabaseFile => System.IO.Path.Combine(Path, "test.db");

    /// <summary>The app's database, made on first use.</summary>
    public TestDatabase Database => _database ??= TestDatabase.ForSuite(DatabaseFile);

    public string ConnectionString => Database.ConnectionString;

    /// <summary>Keeps this folder's database on SQLite whatever the suite's provider (tests of SQLite itself: backups, its files).</summary>
    public TestFolder OnSqlite()
    {
        if (_database is { IsPostgres: true })
        {
            throw new InvalidOperationException("The database is already made; call OnSqlite first.");
        }

        _database ??= TestDatabase.Sqlite(DatabaseFile);
        return this;
    }

    /// <summary><c>Database:Provider</c> for an app on <see cref="ConnectionString"/>.</summary>
    public string Provider => Database.Provider;

    public string Combine(string relative) => System.IO.Path.Combine(Path, relative);

    /// <summary>Runs SQL on this folder's database from a connection of its own, as another process would.</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using System.Data.Common.DbConnection connection = Database.IsPostgres
            ? new Npgsql.NpgsqlConnection(ConnectionString)
            : new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

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
        _database?.Dispose();
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
