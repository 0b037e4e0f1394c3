using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NewsReader.Web.Data;

/// <summary>
/// The app's model under its PostgreSQL migrations (Data/Migrations/Postgres). EF finds a context's migrations by
/// the context's type, so each provider keeps its own history beside the other's; the app reads and writes
/// through <see cref="NewsReaderDbContext"/> on either, and only <see cref="Hosting.DatabaseInitializer"/> uses this one.
/// </summary>
public sealed class PostgresSchemaContext(DbContextOptions<PostgresSchemaContext> options) : NewsReaderDbContext(options);

/// <summary>Lets <c>dotnet ef migrations add NAME --context PostgresSchemaContext</c> build the model without a server.</summary>
public sealed class PostgresDesignTimeContextFactory : IDesignTimeDbContextFactory<PostgresSchemaContext>
{
    public PostgresSchemaContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresSchemaContext>().UseNpgsql("Host=design-time;Database=newsreader").Options);
}
