using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;

namespace NewsReader.Web.Hosting;

/// <summary>
/// <c>backup FILE</c>: a consistent copy of the live database, taken with SQLite's online backup API
/// while the app keeps serving and writing (WAL readers see one snapshot; the copy is that snapshot).
/// Restore: stop the app, replace the database file with the copy (and delete any stale -wal/-shm
/// files beside it), start the app.
/// </summary>
public static class BackupCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var settings = args.Where(CommandLine.IsSetting).ToArray();
        var rest = args.Where(a => !CommandLine.IsSetting(a)).ToList();
        if (rest.Count != 1 || rest[0].StartsWith('-'))
        {
            error.WriteLine("backup: expected 'backup FILE' (the copy to write; it must not exist yet).");
            return CommandLine.UsageError;
        }

        var target = Path.GetFullPath(Path.Combine(UserPaths.StartingDirectory, rest[0]));
        if (File.Exists(target))
        {
            error.WriteLine($"backup: {target} already exists; choose a new file so no earlier backup is overwritten.");
            return CommandLine.UsageError;
        }

        using var host = CommandHost.Build(settings);
        if (!host.Services.GetRequiredService<DatabaseTarget>().IsSqlite)
        {
            error.WriteLine("backup: the database is PostgreSQL; back it up with PostgreSQL's own tools (pg_dump, or the server's continuous archiving), which copy it consistently while the app runs.");
            return CommandLine.UsageError;
        }

        await using var db = await host.Services.GetRequiredService<IDbContextFactory<NewsReaderDbContext>>().CreateDbContextAsync();
        var source = (SqliteConnection)db.Database.GetDbConnection();
        try
        {
            await source.OpenAsync();
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString());
            await destination.OpenAsync();
            source.BackupDatabase(destination);
            var check = destination.CreateCommand();
            check.CommandText = "PRAGMA integrity_check;";
            var result = (string?)await check.ExecuteScalarAsync();
            if (result != "ok")
            {
                error.WriteLine($"backup: the copy failed its integrity check: {result}");
                return CommandLine.Failures;
            }
        }
        catch (SqliteException ex)
        {
            error.WriteLine($"backup: {ex.Message}");
            return CommandLine.Failures;
        }

        output.WriteLine($"Backed up {source.DataSource} to {target} ({new FileInfo(target).Length:N0} bytes, integrity ok).");
        return CommandLine.Success;
    }
}
