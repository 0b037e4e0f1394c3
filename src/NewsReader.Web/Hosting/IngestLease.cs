using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;

namespace NewsReader.Web.Hosting;

/// <summary>
/// The lease on the seed folder: with several app instances on one database, the one holding it ingests the folder
/// at start-up and watches it; the others serve only. Taken and renewed by one conditional UPDATE (the row is free,
/// expired or already ours) or, the first time, an INSERT that only one instance can win; released at shutdown so
/// another takes over at once, and after <see cref="SeedOptions.Lease"/> when the holder dies without releasing.
/// The <c>ingest</c> command does not take it: ingestion is idempotent and safe beside a running instance.
/// </summary>
public sealed class IngestLease(IDbContextFactory<NewsReaderDbContext> contexts, IOptions<SeedOptions> seed, TimeProvider time, ILogger<IngestLease> logger)
{
    public const string SeedFolder = "seed-folder";

    private bool _held;

    /// <summary>Who this instance is in the lease table: machine, process and a random part.</summary>
    public string Holder { get; } = Truncated($"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}");

    /// <summary>Whether this instance held the lease at its last <see cref="TryHoldAsync"/>.</summary>
    public bool IsHeld => Volatile.Read(ref _held);

    /// <summary>Takes the lease or renews it; false when another live instance holds it. Logs when this changes.</summary>
    public async Task<bool> TryHoldAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var until = now + seed.Value.Lease;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var taken = await db.Leases
            .Where(l => l.Name == SeedFolder && (l.Holder == Holder || l.ExpiresAt < now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, Holder).SetProperty(l => l.ExpiresAt, until), cancellationToken) == 1;
        if (!taken && !await db.Leases.AnyAsync(l => l.Name == SeedFolder, cancellationToken))
        {
            db.Leases.Add(new Lease(SeedFolder, Holder, until));
            try
            {
                taken = await db.SaveChangesAsync(cancellationToken) == 1;
            }
            catch (DbUpdateException)
            {
                taken = false; // another instance inserted it first
            }
        }

        var was = Interlocked.Exchange(ref _held, taken);
        if (taken && !was)
        {
            logger.LogInformation("This instance ({Holder}) now ingests and watches the seed folder", Holder);
        }
        else if (!taken && was)
        {
            logger.LogWarning("This instance ({Holder}) lost the seed-folder lease to another; it stops ingesting", Holder);
        }

        return taken;
    }

    /// <summary>The instance that holds the lease now, or null when none does.</summary>
    public async Task<string?> CurrentHolderAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Leases.Where(l => l.Name == SeedFolder && l.ExpiresAt >= now).Select(l => l.Holder).SingleOrDefaultAsync(cancellationToken);
    }

    private static string Truncated(string holder) => holder.Length <= 200 ? holder : holder[^200..];

    /// <summary>Gives the lease up (at shutdown), so another instance can take it at its next try.</summary>
    public async Task ReleaseAsync(CancellationToken cancellationToken)
    {
        if (!Interlocked.Exchange(ref _held, false))
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var past = DateTimeOffset.UnixEpoch;
        await db.Leases.Where(l => l.Name == SeedFolder && l.Holder == Holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, past), cancellationToken);
        logger.LogInformation("This instance ({Holder}) released the seed-folder lease", Holder);
    }
}
