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

    // 0x10002: analyse every table that may benefit, not only those this connection has used. Then the
    // full-text indexes' own tables lose theirs: FTS5 reads them by key, and statistics taken while they
    // were near empty ("2 rows") made every commit of a large first ingest slower as the index grew (a
    // 100,000-article ingest went from under 3 minutes to over 30). "ANALYZE sqlite_schema" makes the
    // planner read the statistics table again.
    private const string Optimize = "PRAGMA analysis_limit = 1000; PRAGMA optimize = 0x10002;";

    private const string ForgetFullTextTables = """
        DELETE FROM sqlite_stat1 WHERE tbl IN (
            SELECT m.name || s.suffix FROM sqlite_master AS m
            CROSS JOIN (SELECT '_data' AS suffix UNION ALL SELECT '_idx' UNION ALL SELECT '_config' UNION ALL SELECT '_docsize' UNION ALL SELECT '_content') AS s
            WHERE m.type = 'table' AND m.sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%');
        ANALYZE sqlite_schema;
        """;

    public static async Task RefreshAsync(NewsReaderDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }

        await db.Database.ExecuteSqlRawAsync(Optimize, cancellationToken);
        var hasStatistics = await db.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM sqlite_master WHERE name = 'sqlite_stat1'").SingleAsync(cancellationToken) > 0;
        if (hasStatistics)
        {
            await db.Database.ExecuteSqlRawAsync(ForgetFullTextTables, cancellationToken);
        }

        // Statements FTS5 prepared on this connection while the statistics were loaded keep their plans
        // (an ingest right after start-up was as slow as with the statistics): pooled connections are
        // closed, so the next ones start clean.
        if (db.Database.GetDbConnection() is Microsoft.Data.Sqlite.SqliteConnection connection)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearPool(connection);
        }
    }
}
