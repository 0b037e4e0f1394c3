using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.Hosting;

namespace NewsReader.ScaleBench;

/// <summary>
/// The app's data and tagging services over one SQLite file, as its commands wire them, for the untimed
/// setup after the timed ingest. Logging has no providers.
/// </summary>
internal static class AppServices
{
    /// <summary>
    /// With <paramref name="relaxedSync"/>, every connection sets <c>synchronous=OFF</c> after the app's
    /// own pragmas: tens of thousands of accepts would otherwise each wait for an fsync, which makes the
    /// setup minutes longer and changes nothing that is stored or measured.
    /// </summary>
    public static ServiceProvider Build(string databasePath, bool relaxedSync)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Default"] = $"Data Source={Path.GetFullPath(databasePath)}",
                ["Ingestion:Suggest"] = "true",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(new AppPaths(Path.GetDirectoryName(Path.GetFullPath(databasePath))!));
        services.AddNewsReaderData(configuration);
        services.AddNewsReaderTagging();
        if (relaxedSync)
        {
            services.AddSingleton<IInterceptor, SynchronousOff>();
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    /// <summary>Folds the write-ahead log into the database file, so the file alone is the prepared data.</summary>
    public static void Checkpoint(string databasePath)
    {
        SqliteConnection.ClearAllPools();
        using var connection = new SqliteConnection($"Data Source={Path.GetFullPath(databasePath)}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        command.ExecuteNonQuery();
    }

    private sealed class SynchronousOff : DbConnectionInterceptor
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
