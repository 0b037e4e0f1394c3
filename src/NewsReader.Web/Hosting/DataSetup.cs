using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using NewsReader.Web.Ingestion;

namespace NewsReader.Web.Hosting;

public static class DataSetup
{
    public const string DefaultConnectionString = "Data Source=data/newsreader.db";

    /// <summary>SQLite through EF Core, with the ingestion services that write to it.</summary>
    public static IServiceCollection AddNewsReaderData(this IServiceCollection services, IConfiguration configuration, AppPaths paths)
    {
        var connectionString = ResolveConnectionString(configuration.GetConnectionString("Default") ?? DefaultConnectionString, paths);
        services.AddSingleton(paths);
        services.AddSingleton(TimeProvider.System);

        // A pooled factory: the importer makes one short-lived context per file; pages get a scoped one from it.
        services.AddPooledDbContextFactory<NewsReaderDbContext>(options => options
            .UseSqlite(connectionString)
            .AddInterceptors(new SqlitePragmas()));
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<NewsReaderDbContext>>().CreateDbContext());
        services.AddSingleton<DatabaseInitializer>();

        services.Configure<IngestionOptions>(configuration.GetSection(IngestionOptions.Section));
        services.AddSingleton<ArticleImporter>();
        services.AddSingleton<ArticleIngestor>();
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
