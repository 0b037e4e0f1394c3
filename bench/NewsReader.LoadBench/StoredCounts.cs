using Microsoft.Data.Sqlite;

namespace NewsReader.LoadBench;

/// <summary>What the database file holds after the app has stopped, read directly with Microsoft.Data.Sqlite.</summary>
internal sealed record StoredCounts(int Annotations, int People, int Topics, IReadOnlySet<int> AnnotationIds, string IntegrityCheck)
{
    public static async Task<StoredCounts> ReadAsync(string databasePath)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();

        var ids = new HashSet<int>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT Id FROM Annotations";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetInt32(0));
            }
        }

        var people = await ScalarAsync<long>(connection, "SELECT COUNT(*) FROM People");
        var topics = await ScalarAsync<long>(connection, "SELECT COUNT(*) FROM Topics");
        var check = await ScalarAsync<string>(connection, "PRAGMA quick_check");
        return new StoredCounts(ids.Count, (int)people, (int)topics, ids, check);
    }

    private static async Task<T> ScalarAsync<T>(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
