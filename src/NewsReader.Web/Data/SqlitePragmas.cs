using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NewsReader.Web.Data;

/// <summary>
/// Per-connection SQLite settings for a web server. The database runs in WAL mode (set once, it
/// persists in the file) so readers never wait for the writer; in WAL, synchronous=NORMAL is still
/// crash-safe for the database and skips an fsync per commit. Lock waits are handled by
/// Microsoft.Data.Sqlite, which retries a busy database for the command timeout.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Sql = "PRAGMA synchronous = NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
