using Serilog.Events;

namespace NewsReader.Web.Hosting;

/// <summary>How loudly a finished request is logged: by its outcome and its duration.</summary>
public static class RequestLogLevel
{
    public static readonly TimeSpan Slow = TimeSpan.FromSeconds(1);

    public static LogEventLevel For(HttpContext context, double elapsedMilliseconds, Exception? exception) =>
        exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
        : elapsedMilliseconds >= Slow.TotalMilliseconds ? LogEventLevel.Warning
        : context.Response.StatusCode >= 400 ? LogEventLevel.Information
        : LogEventLevel.Debug;
}
