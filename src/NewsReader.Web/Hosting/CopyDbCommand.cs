using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;

namespace NewsReader.Web.Hosting;

/// <summary>
/// <c>copy-db --to-postgres "CONNECTION STRING"</c>: moves the configured database (normally the SQLite file) into a
/// new, empty PostgreSQL database, everything kept as it is (<see cref="DatabaseCopier"/>), then prints each table's
/// rows on both sides. Then point the app there: <c>Database:Provider=Postgres</c> and the same connection string.
/// </summary>
public static class CopyDbCommand
{
    private const string Option = "--to-postgres";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        // "--to-postgres=..." looks like a setting; take it as the option.
        var target = args.FirstOrDefault(a => a.StartsWith(Option + "=", StringComparison.Ordinal))?[(Option.Length + 1)..];
        var settings = args.Where(a => CommandLine.IsSetting(a) && !a.StartsWith(Option + "=", StringComparison.Ordinal)).ToArray();
        var rest = args.Where(a => !CommandLine.IsSetting(a)).ToList();
        if (target is null && rest is [Option, var connectionString])
        {
            target = connectionString;
            rest.Clear();
        }

        if (string.IsNullOrWhiteSpace(target) || rest.Count > 0)
        {
            error.WriteLine($"copy-db: expected 'copy-db {Option} \"Host=...;Database=...;Username=...;Password=...\"' (an empty PostgreSQL database to copy the configured one into).");
            return CommandLine.UsageError;
        }

        try
        {
            _ = new Npgsql.NpgsqlConnectionStringBuilder(target);
        }
        catch (ArgumentException ex)
        {
            error.WriteLine($"copy-db: the target is not a PostgreSQL connection string: {ex.Message}");
            return CommandLine.UsageError;
        }

        using var host = CommandHost.Build(settings);
        var source = host.Services.GetRequiredService<DatabaseTarget>();
        if (!source.IsSqlite && SameDatabase(source.ConnectionString, target))
        {
            error.WriteLine("copy-db: the target is the configured database itself.");
            return CommandLine.UsageError;
        }

        if (!await CommandHost.TryInitializeDatabaseAsync(host, "copy-db", error))
        {
            return CommandLine.Failures;
        }

        var clock = Stopwatch.StartNew();
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<NewsReaderDbContext>>().CreateDbContextAsync();
        IReadOnlyList<TableCount> counts;
        try
        {
            counts = await new DatabaseCopier(db, target).CopyAsync(line => output.WriteLine($"  {line}"), CancellationToken.None);
        }
        catch (CopyRefusedException ex)
        {
            error.WriteLine($"copy-db: {ex.Message}");
            return CommandLine.Failures;
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            error.WriteLine($"copy-db: the copy failed and nothing was committed to the target: {ex.GetBaseException().Message}");
            return CommandLine.Failures;
        }

        var from = source.IsSqlite ? db.Database.GetDbConnection().DataSource : "the configured PostgreSQL database";
        output.WriteLine($"Copied {from} to PostgreSQL in {clock.Elapsed.TotalSeconds:F1} s. Rows, source and copy:");
        var width = counts.Max(c => c.Table.Length);
        foreach (var count in counts)
        {
            var mark = count.Note is null ? (count.Source == count.Target ? "same" : "DIFFERENT") : count.Note;
            output.WriteLine($"  {count.Table.PadRight(width)}  {count.Source,10:N0}  {count.Target,10:N0}  {mark}");
        }

        output.WriteLine("Next: run the app with Database__Provider=Postgres and ConnectionStrings__Default set to the same connection string.");
        return CommandLine.Success;
    }

    private static bool SameDatabase(string a, string b)
    {
        var x = new Npgsql.NpgsqlConnectionStringBuilder(a);
        var y = new Npgsql.NpgsqlConnectionStringBuilder(b);
        return string.Equals(x.Host, y.Host, StringComparison.OrdinalIgnoreCase) && x.Port == y.Port && x.Database == y.Database;
    }
}
