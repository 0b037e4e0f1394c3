using Serilog;
using Serilog.Configuration;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace NewsReader.Web.Hosting;

/// <summary>Settings under <c>LogFile</c>: the rolling file of structured (compact JSON) events.</summary>
public sealed class LogFileOptions
{
    public const string Section = "LogFile";

    /// <summary>Relative paths resolve like the database's (see <see cref="AppPaths"/>); empty turns the file off.</summary>
    public string Path { get; set; } = "logs/newsreader-.json";

    public RollingInterval RollingInterval { get; set; } = RollingInterval.Day;

    public int RetainedFileCountLimit { get; set; } = 14;

    public long FileSizeLimitBytes { get; set; } = 50 * 1024 * 1024;
}

public static class LoggingSetup
{
    private const string ConsoleTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}";

    // A command draws a progress line on a terminal; a log line first returns to the line start and
    // clears it, so the message replaces the progress line instead of being glued to its end.
    private static string ConsolePrefix(LogEventLevel consoleLevel) =>
        consoleLevel > LogEventLevel.Verbose && !Console.IsOutputRedirected ? "\r\u001b[K" : string.Empty;

    /// <summary>
    /// Serilog: levels and overrides from the <c>Serilog</c> section, a console sink, and a rolling file
    /// from <c>LogFile</c>. Commands pass <paramref name="consoleLevel"/> Warning so their console shows
    /// problems and their own summary, while the file still records every event; a command whose standard output is
    /// its product (<c>export -</c>) passes <paramref name="consoleToStandardError"/> so no log line lands in it.
    /// </summary>
    public static IHostApplicationBuilder AddNewsReaderLogging(this IHostApplicationBuilder builder, LogEventLevel consoleLevel = LogEventLevel.Verbose, bool consoleToStandardError = false)
    {
        builder.Services.AddSerilog((services, logger) =>
        {
            var configuration = services.GetRequiredService<IConfiguration>();
            var file = configuration.GetSection(LogFileOptions.Section).Get<LogFileOptions>() ?? new LogFileOptions();
            logger.ReadFrom.Configuration(configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext();

            // Every sink behind one PrintableLogSink: no control character from user text reaches any of them.
            logger.WriteTo.Sink(LoggerSinkConfiguration.Wrap(sink => new PrintableLogSink(sink), sinks =>
            {
                sinks.Console(outputTemplate: ConsolePrefix(consoleLevel) + ConsoleTemplate, restrictedToMinimumLevel: consoleLevel, formatProvider: System.Globalization.CultureInfo.InvariantCulture,
                    standardErrorFromLevel: consoleToStandardError ? LogEventLevel.Verbose : null);
                if (!string.IsNullOrWhiteSpace(file.Path))
                {
                    // shared: the web app and an ingest command may write the same file at once.
                    sinks.File(new CompactJsonFormatter(), services.GetRequiredService<AppPaths>().Resolve(file.Path),
                        rollingInterval: file.RollingInterval, retainedFileCountLimit: file.RetainedFileCountLimit,
                        fileSizeLimitBytes: file.FileSizeLimitBytes, rollOnFileSizeLimit: true, shared: true);
                }
            }));
        }, preserveStaticLogger: true); // several hosts may share a process (tests): none owns the static Log
        return builder;
    }
}
