namespace NewsReader.Web.Hosting;

/// <summary>The host commands run in: the app's configuration, data and account services, no web server.</summary>
public static class CommandHost
{
    public static IHost Build(string[] settings, bool logToStandardError = false)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = settings,
            ContentRootPath = ContentRoot.Choose(settings, Directory.GetCurrentDirectory(), AppContext.BaseDirectory),
        });
        builder.AddNewsReaderLogging(consoleLevel: Serilog.Events.LogEventLevel.Warning, consoleToStandardError: logToStandardError);
        builder.Services.AddNewsReaderData(builder.Configuration);
        builder.Services.AddNewsReaderAuth(builder.Configuration);
        return builder.Build();
    }

    /// <summary>Opens and migrates the database; on failure says why on <paramref name="error"/> and returns false.</summary>
    public static async Task<bool> TryInitializeDatabaseAsync(IHost host, string command, TextWriter error)
    {
        try
        {
            await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
            return true;
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            error.WriteLine($"{command}: the database cannot be opened or migrated: {ex.GetBaseException().Message}");
            return false;
        }
    }
}
