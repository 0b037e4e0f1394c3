using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;

namespace NewsReader.Web.Hosting;

/// <summary>
/// Brings the database to the current schema with EF Core migrations, switches it to WAL and imports data-protection
/// keys kept as files by earlier versions (<see cref="DataProtectionKeyImport"/>). An existing
/// database is copied first: SQLite rebuilds a table to change a column, and EF runs those steps outside a
/// transaction, so a crash part-way must never cost anyone their annotations.
/// </summary>
public sealed class DatabaseInitializer(IDbContextFactory<NewsReaderDbContext> contexts, DatabaseTarget target, IConfiguration configuration, AppPaths paths, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (!target.IsSqlite)
        {
            await InitializePostgresAsync(cancellationToken);
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            await ClearStaleMigrationLockAsync(db, cancellationToken);
            await BackUpBeforeMigratingAsync(db, pending[^1], cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }

        // WAL lets readers (the web app) and a writer (an ingest run) work at once; the mode persists in the file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        await PlannerStatistics.RefreshAsync(db, cancellationToken);
        var keys = paths.Resolve(configuration["DataProtection:KeysPath"] ?? DataProtectionKeyImport.DefaultKeysPath);
        await DataProtectionKeyImport.ImportAsync(db, keys, logger, cancellationToken);
        logger.LogInformation("Database ready at {DataSource}; applied {Count} migrations {Migrations}",
            db.Database.GetDbConnection().DataSource, pending.Count, pending);
    }

    /// <summary>
    /// PostgreSQL: its own migrations, each in a transaction (PostgreSQL changes a schema transactionally, so there
    /// is nothing to copy first; backups are the operator's, with pg_dump). Instances starting together wait for
    /// one another on EF's migration lock. Then the same key import as on SQLite.
    /// </summary>
    private async Task InitializePostgresAsync(CancellationToken cancellationToken)
    {
        List<string> pending;
        await using (var schema = target.CreateSchemaContext())
        {
            pending = (await schema.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                await schema.Database.MigrateAsync(cancellationToken);
            }
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var keys = paths.Resolve(configuration["DataProtection:KeysPath"] ?? DataProtectionKeyImport.DefaultKeysPath);
        await DataProtectionKeyImport.ImportAsync(db, keys, logger, cancellationToken);
        var connection = db.Database.GetDbConnection();
        logger.LogInformation("Database ready: PostgreSQL database {Database} on {Host}; applied {Count} migrations {Migrations}",
            connection.Database, connection.DataSource, pending.Count, pending);
    }

    private async Task BackUpBeforeMigratingAsync(NewsReaderDbContext db, string target, CancellationToken cancellationToken)
    {
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        var connection = (Microsoft.Data.Sqlite.SqliteConnection)db.Database.GetDbConnection();
        var file = connection.DataSource;
        if (applied.Count == 0 || string.IsNullOrEmpty(file) || file == ":memory:" || !File.Exists(file))
        {
            return; // a new database has nothing to lose
        }

        var copy = $"{file}.before-{target}.bak";
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            using var destination = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={copy};Pooling=False");
            destination.Open();
            connection.BackupDatabase(destination);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        logger.LogInformation("Copied the database to {Backup} before updating its schema from {From} to {To}", copy, applied[^1], target);
    }

    private async Task ClearStaleMigrationLockAsync(NewsReaderDbContext db, CancellationToken cancellationToken)
    {
        for (var waited = 0; waited < 10; waited++)
        {
            var exists = await db.Database.SqlQueryRaw<int>("""SELECT count(*) AS "Value" FROM sqlite_master WHERE name = '__EFMigrationsLock'""").SingleAsync(cancellationToken);
            var rows = exists == 0 ? 0 : await db.Database.SqlQueryRaw<int>("""SELECT count(*) AS "Value" FROM "__EFMigrationsLock" """).SingleAsync(cancellationToken);
            if (rows == 0)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }

        logger.LogWarning("Removing a migration lock left by a process that stopped while migrating");
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "__EFMigrationsLock";""", cancellationToken);
    }
}
