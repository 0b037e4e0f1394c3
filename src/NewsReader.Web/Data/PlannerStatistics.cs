using Microsoft.EntityFrameworkCore;

namespace NewsReader.Web.Data;

/// <summary>
/// Keeps SQLite's query-planner statistics (<c>sqlite_stat1</c>) current, as SQLite advises for a
/// long-running application: <c>PRAGMA optimize</c> runs <c>ANALYZE</c> on the tables that have none or
/// whose size changed many times over since, sampling at most <see cref="AnalysisLimit"/> rows of each
/// index so it takes well under a second even at 100,000 articles. Without statistics SQLite guesses from
/// index shapes alone and, for instance, read a person's suggestions through the review queue's index
/// (every pending suggestion of that kind) instead of the twenty articles asked for.
/// </summary>
public static class PlannerStatistics
{
    public const int AnalysisLimit = 1000;

    // 0x10002: analyse every table that may benefit, not only those this connection has used.
    private const string Sql = "PRAGMA analysis_limit = 1000; PRAGMA optimize = 0x10002;";

    public static async Task RefreshAsync(NewsReaderDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync(Sql, cancellationToken);
        }
    }
}
