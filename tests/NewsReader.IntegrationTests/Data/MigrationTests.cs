using Microsoft.EntityFrameworkCore;
using NewsReader.IntegrationTests.Infrastructure;

namespace NewsReader.IntegrationTests.Data;

public sealed class MigrationTests : IDisposable
{
    private readonly NewsReaderFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task StartUp_AppliesEveryMigration_InWalMode()
    {
        _ = _factory.Server; // start the host: migrations run before it serves
        await using var db = _factory.CreateDbContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        var mode = await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS Value FROM pragma_journal_mode").SingleAsync();
        Assert.Equal("wal", mode);

        // Every connection the app opens syncs each commit (FULL = 2) and waits for a busy database.
        await db.Database.OpenConnectionAsync();
        Assert.Equal(2, await db.Database.SqlQueryRaw<int>("SELECT synchronous AS Value FROM pragma_synchronous").SingleAsync());
        Assert.Equal(10_000, await db.Database.SqlQueryRaw<int>("SELECT timeout AS Value FROM pragma_busy_timeout").SingleAsync());
    }

    [Fact]
    public void Model_HasNoChangesMissingAMigration()
    {
        _ = _factory.Server;
        using var db = _factory.CreateDbContext();

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed: run dotnet ef migrations add <Name> --project src/NewsReader.Web --output-dir Data/Migrations");
    }
}
