using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NewsReader.Web.Data;

/// <summary>
/// Per-connection SQLite settings for a web server. The database runs in WAL mode (set once, it
/// persists in the file) so readers never wait for the writer and the writer never waits for
/// readers. synchronous=FULL syncs the log at every commit, so an acknowledged annotation survives
/// even a power cut; bulk ingestion, whose data can always be re-read from the files, switches its
/// own connection to NORMAL (consistent after any crash, no fsync per commit). busy_timeout lets a writer
/// wait its turn inside SQLite (up to 10 s) instead of failing with "database is locked" when
/// another writer (an ingest run, another request) holds the lock.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Sql = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 10000;";

    private static void DropIfReadOnly(DbConnection connection)
    {
        if (connection is Microsoft.Data.Sqlite.SqliteConnection sqlite && SQLitePCL.raw.sqlite3_db_readonly(sqlite.Handle, "main") == 1)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearPool(sqlite);
        }
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        DropIfReadOnly(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        DropIfReadOnly(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
