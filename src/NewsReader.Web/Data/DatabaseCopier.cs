using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NewsReader.Web.Domain;
using NpgsqlTypes;

namespace NewsReader.Web.Data;

/// <summary>One table's rows on each side after a copy.</summary>
public sealed record TableCount(string Table, long Source, long Target, string? Note = null);

/// <summary>Why a copy did not happen, for the command to print; nothing was written.</summary>
public sealed class CopyRefusedException(string message) : Exception(message);

/// <summary>
/// Copies every row of the app's database into an empty PostgreSQL database (<c>copy-db --to-postgres</c>):
/// users, tokens, articles, revisions, annotations and their history, people, topics, suggestions and their review
/// memory, sign-in keys. Ids, slugs and timestamps are kept, so links and API clients keep working; identity
/// sequences then continue after the highest id. The source is read in one transaction (one consistent snapshot,
/// while an app may still be reading it); the target is written in one transaction with PostgreSQL's binary COPY
/// and committed only when every table's count matches, so a failed copy leaves the target as empty as it was.
/// </summary>
public sealed class DatabaseCopier(NewsReaderDbContext source, string targetConnectionString)
{
    // Not copied: the seed-folder lease is held by a running instance of the source, not data; pending suggestion
    // tallies are kept by the target's own trigger as suggestions arrive, and compared at the end.
    private static readonly HashSet<string> Derived = ["Leases", "SuggestionTallies"];

    public async Task<IReadOnlyList<TableCount>> CopyAsync(Action<string> progress, CancellationToken cancellationToken)
    {
        var target = new DatabaseTarget(DatabaseProvider.Postgres, targetConnectionString);
        await using (var schema = target.CreatePostgresSchemaContext())
        {
            await RefuseUnlessEmptyAsync(schema, cancellationToken);
            progress("Creating the schema in the target database");
            await schema.Database.MigrateAsync(cancellationToken);
        }

        await using var schemaModel = target.CreatePostgresSchemaContext();
        var tables = Ordered(schemaModel.Model);

        var from = source.Database.GetDbConnection();
        await source.Database.OpenConnectionAsync(cancellationToken);
        await using var reading = await from.BeginTransactionAsync(cancellationToken);
        // No timeout: one COPY of a large table (a million suggestions) takes minutes, not seconds.
        await using var to = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(targetConnectionString) { CommandTimeout = 0 }.ConnectionString);
        await to.OpenAsync(cancellationToken);
        await using var writing = await to.BeginTransactionAsync(cancellationToken);

        var counts = new List<TableCount>();
        var nuls = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            if (Derived.Contains(table.Name))
            {
                continue;
            }

            var (copied, replaced) = await CopyTableAsync(from, reading, to, table, cancellationToken);
            nuls[table.Name] = replaced;
            progress($"{table.Name}: {copied:N0} rows");
        }

        await RestartIdentitiesAsync(to, cancellationToken);
        foreach (var table in tables)
        {
            var sourceCount = await CountAsync(from, reading, table.Name, cancellationToken);
            var targetCount = await CountAsync(to, writing, table.Name, cancellationToken);
            var note = table.Name == "Leases" ? "not copied: held by a running instance, taken afresh by the new ones"
                : nuls.GetValueOrDefault(table.Name) is > 0 and var n ? $"{(sourceCount == targetCount ? "same" : "DIFFERENT")}; {n:N0} text values held NUL (U+0000), which PostgreSQL cannot store: written with U+FFFD"
                : null;
            counts.Add(new TableCount(table.Name, sourceCount, targetCount, note));
        }

        // The tally is derived, so compare what it counts; every other table must hold exactly the source's rows.
        var wrong = counts.Where(c => c.Table != "Leases" && c.Table != "SuggestionTallies" && c.Source != c.Target).ToList();
        wrong.AddRange(await TallyDifferencesAsync(from, reading, to, writing, cancellationToken));
        if (wrong.Count > 0)
        {
            await writing.RollbackAsync(cancellationToken);
            throw new InvalidOperationException($"the copy does not match the source ({string.Join(", ", wrong.Select(w => $"{w.Table}: {w.Source} against {w.Target}"))}); nothing was committed");
        }

        await writing.CommitAsync(cancellationToken);

        // Planner statistics now, so the first requests are planned on the copied data, not on empty tables.
        progress("Gathering planner statistics (ANALYZE)");
        await using (var analyze = new NpgsqlCommand("ANALYZE", to))
        {
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }

        return counts;
    }

    private sealed record Column(string Name, string StoreType);

    private sealed record Table(string Name, IReadOnlyList<Column> Columns, IReadOnlyList<string> Key);

    // Tables in an order where every row's foreign keys point at rows already copied (principals first).
    private static List<Table> Ordered(IModel model)
    {
        var byName = new Dictionary<string, (Table Table, HashSet<string> Needs)>();
        foreach (var entity in model.GetEntityTypes().Where(e => e.GetTableName() is not null && e.GetViewName() is null && !e.IsOwned()))
        {
            var name = entity.GetTableName()!;
            var store = StoreObjectIdentifier.Table(name, entity.GetSchema());
            var columns = entity.GetProperties()
                .Select(p => new Column(p.GetColumnName(store)!, p.GetColumnType()))
                .DistinctBy(c => c.Name)
                .ToList();
            var key = entity.FindPrimaryKey()!.Properties.Select(p => p.GetColumnName(store)!).ToList();
            var needs = entity.GetForeignKeys().Select(f => f.PrincipalEntityType.GetTableName()!).Where(t => t != name).ToHashSet();
            byName[name] = (new Table(name, columns, key), needs);
        }

        var ordered = new List<Table>();
        var done = new HashSet<string>();
        while (done.Count < byName.Count)
        {
            var ready = byName.Where(t => !done.Contains(t.Key) && t.Value.Needs.All(done.Contains)).OrderBy(t => t.Key, StringComparer.Ordinal).ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException("the tables' foreign keys form a cycle; copy-db cannot order them");
            }

            foreach (var (name, (table, _)) in ready)
            {
                ordered.Add(table);
                done.Add(name);
            }
        }

        return ordered;
    }

    private static async Task RefuseUnlessEmptyAsync(PostgresSchemaContext schema, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)schema.Database.GetDbConnection();
        await schema.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var existing = new List<string>();
            await using (var list = new NpgsqlCommand("""
                SELECT table_schema || '.' || table_name FROM information_schema.tables
                WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
                ORDER BY 1
                """, connection))
            await using (var reader = await list.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    existing.Add(reader.GetString(0));
                }
            }

            var ours = schema.Model.GetEntityTypes().Select(e => $"public.{e.GetTableName()}").Append("public.__EFMigrationsHistory").ToHashSet();
            var foreign = existing.Where(t => !ours.Contains(t)).ToList();
            if (foreign.Count > 0)
            {
                throw new CopyRefusedException($"the target database is not empty: it has tables NewsReader does not use ({string.Join(", ", foreign.Take(5))}{(foreign.Count > 5 ? ", ..." : string.Empty)}). Create a new, empty database for the copy.");
            }

            var filled = new List<string>();
            foreach (var table in existing.Where(t => t != "public.__EFMigrationsHistory"))
            {
                await using var any = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM \"{table["public.".Length..]}\")", connection);
                if ((bool)(await any.ExecuteScalarAsync(cancellationToken))!)
                {
                    filled.Add(table["public.".Length..]);
                }
            }

            if (filled.Count > 0)
            {
                throw new CopyRefusedException($"the target database is not empty: {string.Join(", ", filled)} already hold rows (was an app instance started on it?). Copy into a new, empty database, before any instance uses it.");
            }
        }
        finally
        {
            await schema.Database.CloseConnectionAsync();
        }
    }

    // Returns the rows copied and how many text values had a NUL replaced.
    private static async Task<(long Rows, long NulsReplaced)> CopyTableAsync(DbConnection from, DbTransaction reading, NpgsqlConnection to, Table table, CancellationToken cancellationToken)
    {
        var names = string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""));
        await using var select = from.CreateCommand();
        select.Transaction = reading;
        select.CommandText = $"SELECT {names} FROM \"{table.Name}\" ORDER BY {string.Join(", ", table.Key.Select(k => $"\"{k}\""))}";
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        await using var writer = await to.BeginBinaryImportAsync($"COPY \"{table.Name}\" ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        writer.Timeout = TimeSpan.Zero;
        var types = table.Columns.Select(c => TypeOf(table.Name, c)).ToArray();
        long rows = 0, nuls = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            await writer.StartRowAsync(cancellationToken);
            for (var i = 0; i < types.Length; i++)
            {
                if (await reader.IsDBNullAsync(i, cancellationToken))
                {
                    await writer.WriteNullAsync(cancellationToken);
                    continue;
                }

                var value = reader.GetValue(i);
                switch (types[i])
                {
                    case NpgsqlDbType.Integer:
                        await writer.WriteAsync(Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture), NpgsqlDbType.Integer, cancellationToken);
                        break;
                    case NpgsqlDbType.Bigint:
                        await writer.WriteAsync(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture), NpgsqlDbType.Bigint, cancellationToken);
                        break;
                    case NpgsqlDbType.Boolean:
                        await writer.WriteAsync(Convert.ToBoolean(value, System.Globalization.CultureInfo.InvariantCulture), NpgsqlDbType.Boolean, cancellationToken);
                        break;
                    case NpgsqlDbType.Double:
                        await writer.WriteAsync(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), NpgsqlDbType.Double, cancellationToken);
                        break;
                    case NpgsqlDbType.Bytea:
                        await writer.WriteAsync((byte[])value, NpgsqlDbType.Bytea, cancellationToken);
                        break;
                    default:
                        // PostgreSQL's text cannot hold NUL; older SQLite rows may (see StoredText).
                        var text = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!;
                        if (text.Contains('\0', StringComparison.Ordinal))
                        {
                            text = StoredText.WithoutNul(text);
                            nuls++;
                        }

                        await writer.WriteAsync(text, NpgsqlDbType.Text, cancellationToken);
                        break;
                }
            }

            rows++;
        }

        await writer.CompleteAsync(cancellationToken);
        return (rows, nuls);
    }

    private static NpgsqlDbType TypeOf(string table, Column column) => column.StoreType switch
    {
        "integer" => NpgsqlDbType.Integer,
        "bigint" => NpgsqlDbType.Bigint,
        "boolean" => NpgsqlDbType.Boolean,
        "double precision" => NpgsqlDbType.Double,
        "bytea" => NpgsqlDbType.Bytea,
        "text" => NpgsqlDbType.Text,
        _ when column.StoreType.StartsWith("character varying", StringComparison.Ordinal) => NpgsqlDbType.Text,
        _ => throw new InvalidOperationException($"copy-db does not know how to copy {table}.{column.Name} ({column.StoreType})"),
    };

    // Every identity column the target has (whatever its type), continued after the highest id copied.
    private static async Task RestartIdentitiesAsync(NpgsqlConnection to, CancellationToken cancellationToken)
    {
        var identities = new List<(string Table, string Column)>();
        await using (var list = new NpgsqlCommand("""
            SELECT table_name, column_name FROM information_schema.columns
            WHERE table_schema = 'public' AND is_identity = 'YES'
            """, to))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                identities.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (table, column) in identities)
        {
            await using var restart = new NpgsqlCommand($"""
                SELECT setval(pg_get_serial_sequence('"{table}"', '{column}'), COALESCE(MAX("{column}"), 0) + 1, false) FROM "{table}"
                """, to);
            await restart.ExecuteScalarAsync(cancellationToken);
        }
    }

    private static async Task<long> CountAsync(DbConnection connection, DbTransaction transaction, string table, CancellationToken cancellationToken)
    {
        await using var count = connection.CreateCommand();
        count.Transaction = transaction;
        count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    // The tally's rows with a count above zero must agree (a row left at zero on one side is no difference).
    private static async Task<List<TableCount>> TallyDifferencesAsync(DbConnection from, DbTransaction reading, NpgsqlConnection to, DbTransaction writing, CancellationToken cancellationToken)
    {
        const string Sql = """SELECT "Kind", "Percent", "Pending" FROM "SuggestionTallies" WHERE "Pending" <> 0""";
        var source = await ReadTallyAsync(from, reading, Sql, cancellationToken);
        var target = await ReadTallyAsync(to, writing, Sql, cancellationToken);
        return [.. source.Keys.Union(target.Keys).Where(k => source.GetValueOrDefault(k) != target.GetValueOrDefault(k))
            .Select(k => new TableCount($"SuggestionTallies {k}", source.GetValueOrDefault(k), target.GetValueOrDefault(k)))];
    }

    private static async Task<Dictionary<string, long>> ReadTallyAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tally = new Dictionary<string, long>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tally[$"{reader.GetValue(0)} {reader.GetValue(1)}%"] = Convert.ToInt64(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture);
        }

        return tally;
    }
}
