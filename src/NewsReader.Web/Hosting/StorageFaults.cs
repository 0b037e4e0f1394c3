using Microsoft.Data.Sqlite;

namespace NewsReader.Web.Hosting;

/// <summary>
/// Recognises failures of the storage underneath (a full disk, a read-only database file, a lock held
/// too long, an I/O error): the request cannot be served now, but nothing is wrong with it, so the
/// answer is 503 and the app recovers by itself when the cause goes away.
/// </summary>
public static class StorageFaults
{
    // SQLite primary result codes (sqlite3.h).
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ReadOnly = 8;
    private const int IoError = 10;
    private const int Full = 13;
    private const int CantOpen = 14;

    /// <summary>A short reason when the exception is a storage fault; null for anything else.</summary>
    public static string? Reason(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is SqliteException sqlite)
            {
                return (sqlite.SqliteErrorCode & 0xFF) switch
                {
                    Full => "the disk is full",
                    ReadOnly => "the database is read-only",
                    Busy or Locked => "the database is busy",
                    IoError => "the disk reported an I/O error",
                    CantOpen => "the database file cannot be opened",
                    _ => null,
                };
            }

            if (current is Npgsql.PostgresException postgres)
            {
                // PostgreSQL's SQLSTATE classes: 53 insufficient resources, 57P0x the server shutting down or
                // restarting, 25006 a read-only transaction (a standby), 55P03 a lock not available.
                return postgres.SqlState switch
                {
                    "53100" => "the database server's disk is full",
                    "25006" => "the database is read-only",
                    "55P03" or "40P01" => "the database is busy",
                    _ when postgres.SqlState.StartsWith("57P", StringComparison.Ordinal) => "the database server is restarting",
                    _ when postgres.SqlState.StartsWith("53", StringComparison.Ordinal) => "the database server is out of resources",
                    _ => null,
                };
            }

            if (current is Npgsql.NpgsqlException { IsTransient: true })
            {
                return "the database server cannot be reached";
            }

            if (current is IOException { HResult: 28 or 0x70 or unchecked((int)0x80070070) })
            {
                return "the disk is full";
            }
        }

        return null;
    }
}
