using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using Npgsql;

namespace NewsReader.Tests;

/// <summary>
/// The database one test app runs on. SQLite (a file in the test's folder) unless the run asks for PostgreSQL:
/// <c>NEWSREADER_TEST_PROVIDER=Postgres</c> runs the whole suite there, each app on a database of its own created
/// on the server <c>NEWSREADER_TEST_POSTGRES</c> names (a connection string without a database, for a role
/// that may create databases) and dropped afterwards. Tests about PostgreSQL itself ask
/// <see cref="PostgresServer"/> and skip with <see cref="HowToGetPostgres"/> when there is none.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string ServerVariable = "NEWSREADER_TEST_POSTGRES";
    public const string ProviderVariable = "NEWSREADER_TEST_PROVIDER";

    public const string HowToGetPostgres =
        $"No PostgreSQL server for the tests: install and start one (Debian: apt-get install -y postgresql && pg_ctlcluster 15 main start), " +
        $"create a role that may create databases, and set {ServerVariable} to its connection string " +
        "(e.g. \"Host=localhost;Username=newsreader;Password=newsreader\"); .ci/run does all of this.";

    // One database per test run with PostgreSQL's migrations applied, copied for each test app (CREATE DATABASE ...
    // TEMPLATE): a copy takes a third of a second, migrating each new database took as long again. Dropped when
    // the test process ends.
    private static readonly Lazy<string> MigratedTemplate = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string? _postgresName;

    private TestDatabase(string provider, string connectionString, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _postgresName = postgresName;
    }

    /// <summary>The PostgreSQL server for the tests, or null when none is configured.</summary>
    public static string? PostgresServer =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server ? server : null;

    /// <summary>Whether this run puts every test app on PostgreSQL.</summary>
    public static bool SuiteOnPostgres =>
        string.Equals(Environment.GetEnvironmentVariable(ProviderVariable), "Postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>Sqlite</c> or <c>Postgres</c>, as <c>Database:Provider</c> takes it.</summary>
    public string Provider { get; }

    public string ConnectionString { get; }

    public bool IsPostgres => _postgresName is not null;

    /// <summary>The suite's provider: the SQLite file given, or a new PostgreSQL database.</summary>
    public static TestDatabase ForSuite(string sqliteFile) => SuiteOnPostgres ? CreatePostgres() : Sqlite(sqliteFile);

    public static TestDatabase Sqlite(string file) => new("Sqlite", $"Data Source={file}", null);

    /// <summary>
    /// A new PostgreSQL database on the test server: with the app's schema already migrated (as an app would leave
    /// it before storing anything), or, with <paramref name="empty"/>, as an operator's <c>createdb</c> makes it.
    /// </summary>
    public static TestDatabase CreatePostgres(bool empty = false)
    {
        var server = PostgresServer ?? throw new InvalidOperationException(HowToGetPostgres);
        var name = $"nrtest_{Guid.NewGuid():N}";
        Execute(server, empty ? $"CREATE DATABASE \"{name}\"" : $"CREATE DATABASE \"{name}\" TEMPLATE \"{MigratedTemplate.Value}\"");
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase("Postgres", builder.ConnectionString, name);
    }

    private static string CreateTemplate()
    {
        var server = PostgresServer!;
        var name = $"nrtest_template_{Guid.NewGuid():N}";
        Execute(server, $"CREATE DATABASE \"{name}\"");
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString;
        using (var schema = new DatabaseTarget(DatabaseProvider.Postgres, connection).CreatePostgresSchemaContext())
        {
            schema.Database.Migrate();
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Drop(server, name);
        return name;
    }

    private static void Execute(string server, string sql)
    {
        using var admin = new NpgsqlConnection(Admin(server));
        admin.Open();
        using var command = admin.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void Drop(string server, string name)
    {
        try
        {
            Execute(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
        catch (NpgsqlException)
        {
            // The server went away first; nothing is left to tidy that a new cluster would keep.
        }
    }

    public void Dispose()
    {
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            Drop(PostgresServer!, _postgresName);
        }
    }

    // The maintenance database of the server, for creating and dropping test databases.
    private static string Admin(string server) =>
        new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString;
}
