using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;

namespace NewsReader.Web.Hosting;

/// <summary>
/// The last line of defence: an unexpected exception is logged in full and answered without a stack
/// trace: problem details with a request id under /api (503 for storage faults, 500 otherwise); pages
/// are left to the friendly /Error page, which uses the same classification.
/// </summary>
public sealed class ErrorResponses(ILogger<ErrorResponses> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var reason = StorageFaults.Reason(exception);
        var requestId = Activity.Current?.Id ?? httpContext.TraceIdentifier;

        // By now the request path may already be the /Error page's; the feature keeps the one asked for.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value ?? string.Empty;
        if (reason is not null)
        {
            logger.LogError(exception, "Storage unavailable ({Reason}) for {Method} {Path}; request {RequestId}", reason, httpContext.Request.Method, path, requestId);
        }
        else
        {
            logger.LogError(exception, "Unhandled error for {Method} {Path}; request {RequestId}", httpContext.Request.Method, path, requestId);
        }

        if (!path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) && !path.Equals("/api", StringComparison.OrdinalIgnoreCase))
        {
            return false; // the /Error page answers people
        }

        httpContext.Response.StatusCode = reason is null ? StatusCodes.Status500InternalServerError : StatusCodes.Status503ServiceUnavailable;
        if (reason is not null)
        {
            httpContext.Response.Headers.RetryAfter = "30";
        }

        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Status = httpContext.Response.StatusCode,
            Title = reason is null ? "Something went wrong" : "Storage unavailable",
            Detail = reason is null
                ? $"The server could not complete the request. Nothing was changed. Quote request id {requestId} when reporting it."
                : $"The request could not be stored because {reason}. Nothing already stored is affected; try again later.",
            Extensions = { ["requestId"] = requestId },
        };

        // Written directly rather than through content negotiation: a script always gets JSON, never the HTML page.
        await httpContext.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", cancellationToken);
        return true;
    }
}
