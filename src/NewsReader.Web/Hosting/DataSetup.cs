using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsReader.Web.Data;
using NewsReader.Web.Ingestion;

namespace NewsReader.Web.Hosting;

public static class DataSetup
{
    public const string DefaultConnectionString = "Data Source=data/newsreader.db";

    /// <summary>
    /// SQLite through EF Core, with the ingestion services that write to it. Settings are read when
    /// services are first resolved, not now, so hosts and tests can still override configuration.
    /// </summary>
    public static IServiceCollection AddNewsReaderData(this IServiceCollection services, IConfiguration configuration)
    {
        // Outside a host (benchmarks, tools) relative paths start at the current directory.
        services.TryAddSingleton(sp => new AppPaths(sp.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory()));
        services.AddSingleton(TimeProvider.System);

        services.TryAddSingleton(sp => DatabaseTarget.From(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<AppPaths>()));

        // A pooled factory: the importer makes one short-lived context per file; pages get a scoped one from it.
        services.AddPooledDbContextFactory<NewsReaderDbContext>((sp, options) => sp.GetRequiredService<DatabaseTarget>().Configure(options)
            // A failed command or save is EF's Error even when the caller expects it and retries (two people
            // creating the same person at once); callers log the failures that matter, with their context.
            .ConfigureWarnings(w => w.Log(
                (CoreEventId.SaveChangesFailed, LogLevel.Information),
                (Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandError, LogLevel.Information),
                // SQLite rebuilds a table outside a transaction to change a column; DatabaseInitializer copies an
                // existing database first, so this is a note, not a warning on every fresh start.
                (Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.NonTransactionalMigrationOperationWarning, LogLevel.Information)))
            .AddInterceptors(sp.GetServices<IInterceptor>())); // any registered in DI too (fault-injection tests use this)
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<NewsReaderDbContext>>().CreateDbContext());
        services.AddSingleton<DatabaseInitializer>();

        services.Configure<IngestionOptions>(configuration.GetSection(IngestionOptions.Section));
        services.AddSingleton<ArticleImporter>();
        services.AddSingleton<ArticleIngestor>();
        services.AddSingleton<Reviewing.SuggestionGenerator>();
        services.AddSingleton<PageCache>();
        services.AddSingleton<Search.NameCandidateCache>();
        services.AddSingleton<Search.SearchResultCache>();
        services.AddSingleton<ReadingDataCache>();
        return services;
    }

    /// <summary>Makes a relative file name absolute (see <see cref="AppPaths"/>) and creates its folder.</summary>
    public static string ResolveConnectionString(string connectionString, AppPaths paths)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var dataSource = builder.DataSource;
        var inMemory = string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory;
        if (!inMemory && !dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            builder.DataSource = paths.Resolve(dataSource);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        return builder.ToString();
    }
}
