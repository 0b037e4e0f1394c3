namespace NewsReader.Web.Hosting;

/// <summary>Settings under <c>Seed</c>: the folder ingested at start-up and watched while the app runs.</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Relative paths are resolved by <see cref="AppPaths"/>; the default is the repository's <c>seeds/</c>.</summary>
    public string Path { get; set; } = "seeds";

    /// <summary>Ingest new or changed files in the folder while the app runs.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>
    /// How long the lease on the seed folder lasts without renewal: with several app instances on one database one
    /// ingests and watches; when it dies, another takes over within this time (it is renewed every third of it).
    /// Long, because every renewal is a commit, and on SQLite any commit makes every instance drop its cached pages
    /// (<see cref="PageCache.FollowOtherWritersAsync"/>): renewed every 10 s it cost the anonymous article page a
    /// quarter more CPU a request (bench/README.md). An instance that stops normally hands the lease over at once.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);
}
