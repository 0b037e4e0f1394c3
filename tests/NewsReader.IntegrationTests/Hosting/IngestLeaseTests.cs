using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsReader.IntegrationTests.Infrastructure;
using NewsReader.Web.Data;
using NewsReader.Web.Hosting;

namespace NewsReader.IntegrationTests.Hosting;

/// <summary>
/// Several app instances on one database: one holds the seed-folder lease and ingests and watches; another takes
/// it over when the holder stops, or when it dies and the lease runs out.
/// </summary>
public sealed class IngestLeaseTests
{
    [Fact]
    public async Task OneInstanceHoldsTheLease_AnotherTakesItOnlyOnceItHasRunOut()
    {
        using var factory = new NewsReaderFactory();
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<NewsReaderDbContext>>();
        var clock = new ManualClock(DateTimeOffset.Parse("2026-12-07T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var options = Options.Create(new SeedOptions { Lease = TimeSpan.FromSeconds(30) });
        var first = new IngestLease(contexts, options, clock, NullLogger<IngestLease>.Instance);
        var second = new IngestLease(contexts, options, clock, NullLogger<IngestLease>.Instance);
        await factory.Services.GetRequiredService<IngestLease>().ReleaseAsync(CancellationToken.None); // the host's own instance steps aside

        Assert.True(await first.TryHoldAsync(CancellationToken.None));
        Assert.False(await second.TryHoldAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromSeconds(20));
        Assert.True(await first.TryHoldAsync(CancellationToken.None)); // renewed: 30 s from now
        clock.Advance(TimeSpan.FromSeconds(20));
        Assert.False(await second.TryHoldAsync(CancellationToken.None));
        Assert.Equal(first.Holder, await second.CurrentHolderAsync(CancellationToken.None));

        clock.Advance(TimeSpan.FromSeconds(11)); // the first stopped renewing, as a killed process does
        Assert.True(await second.TryHoldAsync(CancellationToken.None));
        Assert.False(await first.TryHoldAsync(CancellationToken.None));
        Assert.False(first.IsHeld);

        await second.ReleaseAsync(CancellationToken.None);
        Assert.Null(await first.CurrentHolderAsync(CancellationToken.None));
        Assert.True(await first.TryHoldAsync(CancellationToken.None));
    }

    [Fact]
    public async Task TwoInstancesOnOneDatabase_OneIngestsTheSeedFolder_TheOtherTakesOverWhenItStops()
    {
        using var shared = new TestFolder();
        var seeds = shared.Combine("seeds");
        Directory.CreateDirectory(seeds);
        File.Copy(TestFolder.SeedFile, Path.Combine(seeds, Path.GetFileName(TestFolder.SeedFile)));
        NewsReaderFactory Instance() => new NewsReaderFactory()
            .With("ConnectionStrings:Default", shared.ConnectionString).With("Database:Provider", shared.Provider).With("Seed:Path", seeds)
            .With("Seed:Watch", "true").With("Seed:Lease", "00:00:03").With("Ingestion:WatchDebounce", "00:00:00.200");
        var holder = Instance();
        _ = holder.Server;
        using var other = Instance();
        _ = other.Server;
        try
        {
            Assert.True(holder.Services.GetRequiredService<IngestLease>().IsHeld);
            Assert.False(other.Services.GetRequiredService<IngestLease>().IsHeld);
            await using var db = holder.CreateDbContext();
            Assert.Equal(1, await db.Articles.CountAsync());
        }
        finally
        {
            holder.Dispose(); // a graceful stop releases the lease
        }

        var lease = other.Services.GetRequiredService<IngestLease>();
        await WaitUntilAsync(() => lease.IsHeld, TimeSpan.FromSeconds(10));
        File.WriteAllText(Path.Combine(seeds, "later.txt"), "Dropped in after the handover\n\nThe other instance ingests this one.\n");
        await WaitUntilAsync(() => { using var db = other.CreateDbContext(); return db.Articles.Count() == 2; }, TimeSpan.FromSeconds(10));
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < until, $"not so within {limit}");
            await Task.Delay(100);
        }
    }

    private sealed class ManualClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
