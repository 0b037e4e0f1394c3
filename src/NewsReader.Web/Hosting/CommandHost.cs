namespace NewsReader.Web.Hosting;

/// <summary>The host commands run in: the app's configuration, data and account services, no web server.</summary>
public static class CommandHost
{
    public static IHost Build(string[] settings)
    {
        var builder = Host.CreateApplicationBuilder(settings);
        builder.AddNewsReaderLogging(consoleLevel: Serilog.Events.LogEventLevel.Warning);
        builder.Services.AddNewsReaderData(builder.Configuration);
        builder.Services.AddNewsReaderAuth(builder.Configuration);
        return builder.Build();
    }
}
