using Serilog.Events;

namespace NewsReader.Web.Hosting;

/// <summary>How loudly a finished request is logged: by its outcome and its duration.</summary>
public static class RequestLogLevel
{
    public static readonly TimeSpan Slow = TimeSpan.FromSeconds(1);

    /// <summary>Not a standard code: what the response is recorded as when the client went away before it (as nginx does).</summary>
    public const int ClientClosedRequest = StatusCodes.Status499ClientClosedRequest;

    public static LogEventLevel For(HttpContext context, double elapsedMilliseconds, Exception? exception) =>
        ClientWentAway(context, exception) ? LogEventLevel.Information
        : exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
        : elapsedMilliseconds >= Slow.TotalMilliseconds ? LogEventLevel.Warning
        : context.Response.StatusCode >= 400 ? LogEventLevel.Information
        : LogEventLevel.Debug;

    /// <summary>The request was cancelled because the client closed the connection: not a server error.</summary>
    public static bool ClientWentAway(HttpContext context, Exception? exception) =>
        context.RequestAborted.IsCancellationRequested
        && (exception is OperationCanceledException || context.Response.StatusCode == ClientClosedRequest);
}
