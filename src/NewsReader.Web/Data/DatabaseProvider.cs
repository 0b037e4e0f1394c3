namespace NewsReader.Web.Data;

/// <summary>The database engine behind the app: <c>Database:Provider</c>, SQLite unless it says otherwise.</summary>
public enum DatabaseProvider
{
    /// <summary>One file beside the app; the default, and all one machine needs.</summary>
    Sqlite,

    /// <summary>PostgreSQL, for several app instances on one database.</summary>
    Postgres,
}

public static class DatabaseProviders
{
    public const string Setting = "Database:Provider";

    /// <summary>
    /// Reads <c>Database:Provider</c>: <c>Sqlite</c> (or nothing) or <c>Postgres</c> (<c>PostgreSQL</c> and
    /// <c>Npgsql</c> too), any case. Anything else stops the app with a message naming the setting.
    /// </summary>
    public static DatabaseProvider From(IConfiguration configuration)
    {
        var value = configuration[Setting]?.Trim();
        return value?.ToUpperInvariant() switch
        {
            null or "" or "SQLITE" => DatabaseProvider.Sqlite,
            "POSTGRES" or "POSTGRESQL" or "NPGSQL" => DatabaseProvider.Postgres,
            _ => throw new InvalidOperationException($"{Setting} is \"{value}\"; it must be Sqlite (the default) or Postgres."),
        };
    }
}
