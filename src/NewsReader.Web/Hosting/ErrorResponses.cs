using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;

namespace NewsReader.Web.Hosting;

/// <summary>
/// The last line of defence: an unexpected exception is logged in full and answered without a stack
/// trace: problem details with a request id under /api (503 for storage faults, 500 otherwise); pages
/// are left to the friendly /Error page, which uses the same classification.
/// </summary>
public sealed class ErrorResponses(ILogger<ErrorResponses> logger, SecureTransport secureTransport) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // Antiforgery refuses to work over plain HTTP when its cookie must be secure; SecureTransport turns
        // such requests away first, and any it did not foresee get the same explanation here, not a 500.
        if (exception is InvalidOperationException { Source: "Microsoft.AspNetCore.Antiforgery" } && !httpContext.Request.IsHttps)
        {
            await secureTransport.RefuseAsync(httpContext);
            return true;
        }

        if (exception is BadHttpRequestException badRequest)
        {
            return await BadRequestAsync(httpContext, badRequest, cancellationToken);
        }

        if (RequestLogLevel.ClientWentAway(httpContext, exception))
        {
            // Nobody is waiting for an answer, and nothing failed on our side: a note, not an error.
            logger.LogInformation("Client closed the request {Method} {Path} before the answer", httpContext.Request.Method, httpContext.Request.Path.Value);
            httpContext.Response.StatusCode = RequestLogLevel.ClientClosedRequest;
            return true;
        }

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

    /// <summary>
    /// Answers the client's mistakes (<see cref="BadHttpRequestException"/>: malformed JSON, a wrong type, an unknown
    /// field, a body too large) where they are thrown, inside the request log, so it records the 4xx the client got
    /// (passing through it on their way to the exception handler, they were logged as "responded 500" errors).
    /// </summary>
    public static async Task AnswerBadRequestsAsync(HttpContext httpContext, RequestDelegate next)
    {
        try
        {
            await next(httpContext);
        }
        catch (BadHttpRequestException badRequest) when (!httpContext.Response.HasStarted)
        {
            await BadRequestAsync(httpContext, badRequest, httpContext.RequestAborted);
        }
    }

    // The client's mistake (malformed JSON, a wrong type, an unknown field, a body too large): 4xx saying what is wrong.
    private static async ValueTask<bool> BadRequestAsync(HttpContext httpContext, BadHttpRequestException exception, CancellationToken cancellationToken)
    {
        var detail = exception.InnerException is System.Text.Json.JsonException json
            ? $"The JSON body could not be read at {json.Path ?? "$"}: {Describe(json)}"
            : exception.Message.Contains("no body was provided", StringComparison.Ordinal)
                ? "The request needs a JSON body."
                : exception.Message;
        httpContext.Response.StatusCode = exception.StatusCode;
        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = exception.StatusCode, Title = "Bad request", Detail = detail };
        await httpContext.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", cancellationToken);
        return true;
    }

    // The serializer's message, without .NET type names and position noise a client cannot use.
    private static string Describe(System.Text.Json.JsonException json)
    {
        var message = json.Message.Split(" Path: ", 2)[0];
        var unmapped = System.Text.RegularExpressions.Regex.Match(message, "The JSON property '([^']*)' could not be mapped");
        if (unmapped.Success)
        {
            return $"unknown field '{unmapped.Groups[1].Value}'.";
        }

        return System.Text.RegularExpressions.Regex.Replace(message, @"System\.[A-Za-z0-9.`\[\]]+|NewsReader\.[A-Za-z0-9.]+", "the expected type");
    }
}
