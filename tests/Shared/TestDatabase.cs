using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using Npgsql;

namespace NewsReader.Tests;

/// <summary>
/// The database one test app runs on, its schema migrated from a template made once per test run. SQLite (a file in
/// the test's folder) unless the run asks for PostgreSQL:
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

    // The same for SQLite: one file per test run with the migrations applied, copied for each test app. Migrating a new
    // file was a fifth of a test app's start-up CPU (EF generates every migration's SQL anew for each context).
    // Tests of the migrations themselves start from an empty file (OnSqlite, Sqlite).
    private static readonly Lazy<string> MigratedSqliteTemplate = new(CreateSqliteTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    // PostgreSQL databases given back by disposed test apps, emptied and ready for the next one: creating and dropping
    // a database for every test app cost the server a tenth of a second of CPU and the test a quarter of a second of
    // waiting, where emptying one costs a hundredth (and the app's pooled connections stay usable). Dropped, with the
    // template, when the test process ends.
    private static readonly ConcurrentBag<string> Emptied = [];

    // What the template's schema looks like, and how to empty a copy of it: worked out once, with the template.
    private static string? _templateSchema;
    private static string? _emptyingSql;

    private readonly string? _postgresName;
    private readonly bool _reusable;
    private bool _disposed;

    static TestDatabase()
    {
        // All at once: the test host has little time to exit.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            NpgsqlConnection.ClearAllPools();
            var names = Emptied.ToList();
            if (MigratedTemplate.IsValueCreated)
            {
                names.Add(MigratedTemplate.Value);
            }

            Parallel.ForEach(names, name => Drop(PostgresServer!, name));
        };
    }

    private TestDatabase(string provider, string connectionString, string? postgresName, bool reusable = false)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _postgresName = postgresName;
        _reusable = reusable;
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

    /// <summary>
    /// The suite's provider with the app's schema already migrated, as an app leaves it before storing anything: the
    /// SQLite file given (a copy of a migrated one), or a new PostgreSQL database.
    /// </summary>
    public static TestDatabase ForSuite(string sqliteFile) => SuiteOnPostgres ? CreatePostgres() : MigratedSqlite(sqliteFile);

    /// <summary>A SQLite database at <paramref name="file"/>, which need not exist (the app then creates and migrates it).</summary>
    public static TestDatabase Sqlite(string file) => new("Sqlite", $"Data Source={file}", null);

    /// <summary>A SQLite database at <paramref name="file"/> (which must not exist yet) with every migration applied.</summary>
    public static TestDatabase MigratedSqlite(string file)
    {
        File.Copy(MigratedSqliteTemplate.Value, file);
        return Sqlite(file);
    }

    /// <summary>
    /// A new PostgreSQL database on the test server: with the app's schema already migrated (as an app would leave
    /// it before storing anything), or, with <paramref name="empty"/>, as an operator's <c>createdb</c> makes it.
    /// </summary>
    public static TestDatabase CreatePostgres(bool empty = false)
    {
        var server = PostgresServer ?? throw new InvalidOperationException(HowToGetPostgres);
        if (empty || !Emptied.TryTake(out var name))
        {
            name = $"nrtest_{Environment.ProcessId}_{Guid.NewGuid():N}";
            Execute(server, empty ? $"CREATE DATABASE \"{name}\"" : $"CREATE DATABASE \"{name}\" TEMPLATE \"{MigratedTemplate.Value}\"");
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase("Postgres", builder.ConnectionString, name, reusable: !empty);
    }

    private static string CreateTemplate()
    {
        var server = PostgresServer!;
        DropLeftovers(server);
        var name = $"nrtest_template_{Environment.ProcessId}_{Guid.NewGuid():N}";
        Execute(server, $"CREATE DATABASE \"{name}\"");
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString;
        using (var schema = new DatabaseTarget(DatabaseProvider.Postgres, connection).CreatePostgresSchemaContext())
        {
            schema.Database.Migrate();
        }

        // Read now: once copies are being made, no one may connect to the template.
        using (var template = new NpgsqlConnection(connection))
        {
            template.Open();
            _templateSchema = Scalar(template, SchemaSql);
            _emptyingSql = EmptyingSql(template);
        }

        return name;
    }

    // Every table, column, constraint, index, trigger and function of the app's schema, as one string: a test that
    // changed any of it (fault tests add triggers) leaves a database that is dropped, not reused.
    private const string SchemaSql = """
        SELECT md5(coalesce(string_agg(item, E'\n' ORDER BY item), '')) FROM (
            SELECT format('rel %s %s', c.relname, c.relkind) FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace
            UNION ALL SELECT format('col %s.%s %s %s %s', a.attrelid::regclass, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid))
                FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
                LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                WHERE c.relnamespace = 'public'::regnamespace AND a.attnum > 0 AND NOT a.attisdropped
            UNION ALL SELECT format('con %s %s', conrelid::regclass, pg_get_constraintdef(oid)) FROM pg_constraint WHERE connamespace = 'public'::regnamespace
            UNION ALL SELECT format('idx %s', pg_get_indexdef(indexrelid)) FROM pg_index WHERE indrelid IN (SELECT oid FROM pg_class WHERE relnamespace = 'public'::regnamespace)
            UNION ALL SELECT format('trg %s', pg_get_triggerdef(oid)) FROM pg_trigger WHERE NOT tgisinternal
            UNION ALL SELECT format('fn %s %s', p.oid::regprocedure, md5(p.prosrc)) FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace
            UNION ALL SELECT format('ext %s %s', extname, extversion) FROM pg_extension
        ) AS schema (item)
        """;

    // Deletes every row but the migration history, tables that point at others first, and restarts every sequence:
    // a copy of the template again, as far as any test can tell. Deleting a few rows is far cheaper than TRUNCATE,
    // which gives every table and index a new file.
    private static string EmptyingSql(NpgsqlConnection template)
    {
        var tables = new List<string>();
        var references = new List<(string From, string To)>();
        using (var command = template.CreateCommand())
        {
            command.CommandText = """
                SELECT c.relname, f.relname FROM pg_class c
                LEFT JOIN pg_constraint k ON k.conrelid = c.oid AND k.contype = 'f' AND k.confrelid <> c.oid
                LEFT JOIN pg_class f ON f.oid = k.confrelid
                WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND c.relname <> '__EFMigrationsHistory'
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var table = reader.GetString(0);
                if (!tables.Contains(table))
                {
                    tables.Add(table);
                }

                if (!reader.IsDBNull(1))
                {
                    references.Add((table, reader.GetString(1)));
                }
            }
        }

        // A table is emptied once nothing left to empty points at it.
        var order = new List<string>();
        var left = tables.Order(StringComparer.Ordinal).ToList();
        while (left.Count > 0)
        {
            var next = left.FirstOrDefault(t => !references.Any(r => r.To == t && r.From != t && left.Contains(r.From)))
                ?? throw new InvalidOperationException($"The tables {string.Join(", ", left)} point at one another; the test databases cannot be emptied in order.");
            order.Add(next);
            left.Remove(next);
        }

        return string.Concat(order.Select(t => $"DELETE FROM \"{t}\";\n")) + """
            DO $$
            DECLARE s record;
            BEGIN
                FOR s IN SELECT schemaname, sequencename FROM pg_sequences WHERE schemaname = 'public' LOOP
                    EXECUTE format('ALTER SEQUENCE %I.%I RESTART', s.schemaname, s.sequencename);
                END LOOP;
            END
            $$;
            """;
    }

    /// <summary>
    /// Empties a test app's database for the next one; false (drop it instead) when its schema is not the template's
    /// or a connection other than idle pooled ones is still on it.
    /// </summary>
    private static bool TryEmpty(string server, string name)
    {
        try
        {
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString);
            connection.Open();
            if (Scalar(connection, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'") != "0"
                || Scalar(connection, SchemaSql) != _templateSchema)
            {
                return false;
            }

            using var transaction = connection.BeginTransaction();
            using (var command = connection.CreateCommand())
            {
                command.CommandText = "SET LOCAL lock_timeout = '2s';\n" + _emptyingSql;
                command.ExecuteNonQuery();
            }

            transaction.Commit();
            return true;
        }
        catch (NpgsqlException)
        {
            return false; // locked, gone, or a delete refused: dropping it is always safe
        }
    }

    private static string? Scalar(NpgsqlConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    // Databases of test processes that ended without dropping them (killed, or out of time at exit) are dropped by the
    // next run on the same machine: their names carry the process id. Only on a server on this machine, where a
    // process id means something, and never those of a process still running (test assemblies run side by side).
    private static void DropLeftovers(string server)
    {
        var host = new NpgsqlConnectionStringBuilder(server).Host ?? string.Empty;
        if (host is not ("localhost" or "127.0.0.1" or "::1") && !host.StartsWith('/'))
        {
            return;
        }

        var names = new List<string>();
        using (var admin = new NpgsqlConnection(Admin(server)))
        {
            admin.Open();
            using var command = admin.CreateCommand();
            command.CommandText = "SELECT datname FROM pg_database WHERE datname LIKE 'nrtest\\_%'";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
        }

        foreach (var name in names)
        {
            var match = System.Text.RegularExpressions.Regex.Match(name, "^nrtest_(?:template_)?([0-9]+)_[0-9a-f]{32}$");
            if (match.Success && int.TryParse(match.Groups[1].Value, out var pid) && !IsRunning(pid))
            {
                Drop(server, name);
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static string CreateSqliteTemplate()
    {
        var folder = Directory.CreateTempSubdirectory("newsreader-template-").FullName;
        var file = Path.Combine(folder, "template.db");
        using (var schema = new DatabaseTarget(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=False").CreateSchemaContext())
        {
            schema.Database.Migrate();
            // As DatabaseInitializer leaves a database (the mode is kept in the file); closing the last connection
            // checkpoints the write-ahead log into the file, so the file alone is the whole database.
            schema.Database.ExecuteSqlRaw("PRAGMA journal_mode = WAL;");
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Left to the OS temp cleaner.
            }
        };
        return file;
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
        if (_postgresName is not null && !_disposed)
        {
            _disposed = true; // given back once: twice would hand one database to two test apps
            if (_reusable && TryEmpty(PostgresServer!, _postgresName))
            {
                Emptied.Add(_postgresName);
                return;
            }

            NpgsqlConnection.ClearAllPools();
            Drop(PostgresServer!, _postgresName);
        }
    }

    // The maintenance database of the server, for creating and dropping test databases.
    private static string Admin(string server) =>
        new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString;
}
