using Npgsql;

namespace NewsReader.ScaleBench;

/// <summary>
/// <c>reset-postgres --server CS --database NAME</c>: drops the benchmark's PostgreSQL database if it is there and
/// creates it empty, for <c>copy-db</c> to fill; prints the connection string to it. Refuses the server's own
/// databases so a typo cannot drop them.
/// </summary>
internal static class PostgresReset
{
    public static async Task<int> RunAsync(Options options, TextWriter output, CancellationToken cancellationToken)
    {
        var server = options.Text("--server") ?? throw new UsageException("reset-postgres needs --server \"Host=...;Username=...;Password=...\"");
        var name = options.Text("--database") ?? "newsreader_bench";
        if (name is "postgres" or "template0" or "template1" || !System.Text.RegularExpressions.Regex.IsMatch(name, "^[a-z_][a-z0-9_]{0,62}$"))
        {
            throw new UsageException($"--database {name}: give a benchmark database's name (lower-case letters, digits, _), not the server's own");
        }

        await using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString))
        {
            await admin.OpenAsync(cancellationToken);
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await output.WriteLineAsync(new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
        return 0;
    }
}
