using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NewsReader.Web.Domain;

namespace NewsReader.Web.Data;

/// <summary>
/// Every text parameter EF sends to either database has its NULs replaced by U+FFFD (<see cref="StoredText"/>):
/// writes (a note, a token or display name) and reads (a filter typed with a NUL) alike. On PostgreSQL a NUL
/// in a parameter failed the whole request with a 500; on SQLite it is stored the same way, so both keep the
/// same text. Article text is cleaned when it is parsed (files with NUL bytes are refused as binary before).
/// </summary>
public sealed class NulFreeText : DbCommandInterceptor
{
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Clean(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Clean(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Clean(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Clean(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Clean(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Clean(command);
        return ValueTask.FromResult(result);
    }

    private static void Clean(DbCommand command)
    {
        foreach (DbParameter parameter in command.Parameters)
        {
            if (parameter.Value is string text && text.Contains('\0', StringComparison.Ordinal))
            {
                parameter.Value = StoredText.WithoutNul(text);
            }
        }
    }
}
