using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.Hosting;

namespace NewsReader.Bench;

/// <summary>Sets up databases the way the app does, and counts what a run stored.</summary>
internal static class BenchDatabase
{
    /// <summary>
    /// The app's data services over <paramref name="databasePath"/>. Logging is registered with no
    /// providers, so the ingestor's per-file events are built but written nowhere: the bench measures
    /// ingestion, not the console.
    /// </summary>
    public static ServiceProvider BuildServices(string databasePath, string workFolder)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Default"] = $"Data Source={databasePath}",

                // The floor stores articles only; suggestions (issue 6) are measured by ExtractBench and the suggest command.
                ["Ingestion:Suggest"] = "false",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();

        // A host registers both of these; AddNewsReaderData reads them when the services are first resolved.
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(new AppPaths(workFolder));
        services.AddNewsReaderData(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    /// <summary>Creates the schema with the app's own migrations and WAL switch, so the floor's tables and indexes are the product's.</summary>
    public static async Task CreateSchemaAsync(string databasePath, string workFolder, CancellationToken cancellationToken)
    {
        await using var services = BuildServices(databasePath, workFolder);
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
    }

    public static async Task<(long Articles, long Paragraphs)> CountRowsAsync(string databasePath, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly");
        await connection.OpenAsync(cancellationToken);
        return (await CountAsync(connection, "Articles", cancellationToken), await CountAsync(connection, "Paragraphs", cancellationToken));
    }

    private static async Task<long> CountAsync(SqliteConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table}";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
