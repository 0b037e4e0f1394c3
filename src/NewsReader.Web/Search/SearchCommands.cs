using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NewsReader.Web.Data;

namespace NewsReader.Web.Search;

/// <summary>
/// Raw SQL for the full-text searches (<see cref="Sqlite.SqliteArticleSearch"/>, <see cref="Postgres.PostgresArticleSearch"/>),
/// whose queries EF cannot express: run on the context's own connection and transaction, every value a parameter.
/// </summary>
internal static class SearchCommands
{
    public static async Task<object?> ScalarAsync(this NewsReaderDbContext db, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = await CreateAsync(db, sql, parameters, cancellationToken);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    public static async Task<List<T>> QueryAsync<T>(this NewsReaderDbContext db, string sql, Func<DbDataReader, T> map, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = await CreateAsync(db, sql, parameters, cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private static async Task<DbCommand> CreateAsync(NewsReaderDbContext db, string sql, (string Name, object Value)[] parameters, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
