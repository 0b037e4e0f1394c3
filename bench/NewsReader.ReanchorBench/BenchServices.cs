using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.Hosting;

namespace NewsReader.ReanchorBench;

/// <summary>The app's own services over one SQLite file, wired as the <c>ingest</c> command wires them.</summary>
internal static class BenchServices
{
    /// <summary>
    /// Data and tagging services with suggestions on (the default). Logging has no providers, so the
    /// per-file events are built but written nowhere. <paramref name="relaxedDurability"/> is for the
    /// untimed tagging phase only: 20,000 accepts each fsync the log at the app's synchronous=FULL, which
    /// would make setup minutes longer without changing what is stored.
    /// </summary>
    public static ServiceProvider Build(string databasePath, string workFolder, bool relaxedDurability = false)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Default"] = $"Data Source={databasePath}",
                ["Ingestion:Suggest"] = "true",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(new AppPaths(workFolder));
        services.AddNewsReaderData(configuration);
        services.AddNewsReaderTagging();
        if (relaxedDurability)
        {
            // Registered interceptors run after the app's own SqlitePragmas, so this setting wins.
            services.AddSingleton<IInterceptor, NoSync>();
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    /// <summary>Copies a closed database (its WAL too, if one was left) so each timed re-ingest starts from the same state.</summary>
    public static void CopyDatabase(string from, string to)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal" })
        {
            if (File.Exists(from + suffix))
            {
                File.Copy(from + suffix, to + suffix, overwrite: true);
            }
        }
    }

    public static void DeleteDatabase(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }
    }

    private sealed class NoSync : DbConnectionInterceptor
    {
        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous = OFF;";
            command.ExecuteNonQuery();
        }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous = OFF;";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
