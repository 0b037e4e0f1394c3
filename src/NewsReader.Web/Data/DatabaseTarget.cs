using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Hosting;

namespace NewsReader.Web.Data;

/// <summary>
/// Which database the app uses and how to reach it: <c>Database:Provider</c> and <c>ConnectionStrings:Default</c>,
/// read once. SQLite's file name is made absolute (<see cref="DataSetup.ResolveConnectionString"/>);
/// PostgreSQL's connection string is used as given and must be set.
/// </summary>
public sealed record DatabaseTarget(DatabaseProvider Provider, string ConnectionString)
{
    public bool IsSqlite => Provider == DatabaseProvider.Sqlite;

    public static DatabaseTarget From(IConfiguration configuration, AppPaths paths)
    {
        var provider = DatabaseProviders.From(configuration);
        var configured = configuration.GetConnectionString("Default");
        if (provider == DatabaseProvider.Sqlite)
        {
            return new DatabaseTarget(provider, DataSetup.ResolveConnectionString(configured ?? DataSetup.DefaultConnectionString, paths));
        }

        if (string.IsNullOrWhiteSpace(configured) || configured == DataSetup.DefaultConnectionString)
        {
            throw new InvalidOperationException(
                $"{DatabaseProviders.Setting} is Postgres but ConnectionStrings:Default is not a PostgreSQL connection string " +
                "(for example \"Host=db;Database=newsreader;Username=newsreader;Password=...\").");
        }

        return new DatabaseTarget(provider, configured);
    }

    /// <summary>Points EF at this database, with the per-connection settings the provider needs.</summary>
    public DbContextOptionsBuilder Configure(DbContextOptionsBuilder options) => (Provider switch
    {
        DatabaseProvider.Sqlite => options.UseSqlite(ConnectionString).AddInterceptors(new SqlitePragmas()),
        // A few queries project to value tuples, which SQLite returns as columns and PostgreSQL as a record.
        _ => options.UseNpgsql(ConnectionString, npgsql => npgsql.ConfigureDataSource(source => source.EnableRecordsAsTuples())),
    }).AddInterceptors(new NulFreeText());

    /// <summary>A context that applies this provider's migrations (each provider has its own history).</summary>
    public NewsReaderDbContext CreateSchemaContext() => Provider switch
    {
        DatabaseProvider.Sqlite => new NewsReaderDbContext((DbContextOptions<NewsReaderDbContext>)Configure(new DbContextOptionsBuilder<NewsReaderDbContext>()).Options),
        _ => CreatePostgresSchemaContext(),
    };

    /// <summary>The PostgreSQL schema context (its own migrations) on this database.</summary>
    public PostgresSchemaContext CreatePostgresSchemaContext() =>
        new((DbContextOptions<PostgresSchemaContext>)Configure(new DbContextOptionsBuilder<PostgresSchemaContext>()).Options);
}
