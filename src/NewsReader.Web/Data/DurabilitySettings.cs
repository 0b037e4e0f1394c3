using Microsoft.EntityFrameworkCore;

namespace NewsReader.Web.Data;

/// <summary>
/// Writes that can be derived again (articles from their files, pending suggestions from the articles) skip the
/// wait for the disk at commit, on either provider, and stay consistent after a crash: SQLite's
/// <c>synchronous = NORMAL</c> in WAL mode for the connection, PostgreSQL's <c>synchronous_commit = off</c>
/// for the transaction. Everything else (annotations, reviews, accounts) is written at full durability.
/// </summary>
public static class DurabilitySettings
{
    /// <summary>On an open connection, before its transaction begins (SQLite cannot change it inside one).</summary>
    public static async Task RelaxBeforeTransactionAsync(NewsReaderDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous = NORMAL;", cancellationToken);
        }
    }

    /// <summary>Inside the transaction, for it alone.</summary>
    public static async Task RelaxInTransactionAsync(NewsReaderDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("SET LOCAL synchronous_commit = off;", cancellationToken);
        }
    }
}
