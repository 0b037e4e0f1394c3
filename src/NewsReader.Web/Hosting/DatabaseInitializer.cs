using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;

namespace NewsReader.Web.Hosting;

/// <summary>Brings the database to the current schema with EF Core migrations and switches it to WAL.</summary>
public sealed class DatabaseInitializer(IDbContextFactory<NewsReaderDbContext> contexts, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);

        // WAL lets readers (the web app) and a writer (an ingest run) work at once; the mode persists in the file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        logger.LogInformation("Database ready at {DataSource}; applied {Count} migrations {Migrations}",
            db.Database.GetDbConnection().DataSource, pending.Count, pending);
    }
}
