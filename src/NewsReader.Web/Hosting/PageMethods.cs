using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NewsReader.Web.Hosting;

/// <summary>
/// A Razor page answers only the methods it has handlers for (GET also HEAD; a page without a model,
/// GET and HEAD). Razor Pages itself renders the page with no handler run for any other method, so
/// TRACE or PUT reached a view whose model was never loaded and failed with a 500; here they get 405
/// with an Allow header instead. Runs after routing, which has already loaded the page's handlers.
/// </summary>
public static class PageMethods
{
    private static readonly string[] ViewOnly = [HttpMethods.Get, HttpMethods.Head];

    public static IApplicationBuilder UsePageMethods(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var page = context.GetEndpoint()?.Metadata.GetMetadata<CompiledPageActionDescriptor>();

            if (page is null)
            {
                await next(context);
                return;
            }

            if (IsReExecuted(context))
            {
                await RenderAsGetAsync(context, next);
                return;
            }

            var allowed = Allowed(page);
            if (allowed.Contains(context.Request.Method, StringComparer.OrdinalIgnoreCase))
            {
                await next(context);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = string.Join(", ", allowed);
        });

    // The error and status pages are re-executed with the failed request's method, which they have
    // no handler for (and a PUT would fail their antiforgery check): they render as for a GET, and
    // the method is put back for the request log and anything else that runs after.
    private static async Task RenderAsGetAsync(HttpContext context, RequestDelegate next)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
        {
            await next(context);
            return;
        }

        context.Request.Method = HttpMethods.Get;
        try
        {
            await next(context);
        }
        finally
        {
            context.Request.Method = method;
        }
    }

    private static bool IsReExecuted(HttpContext context) =>
        context.Features.Get<IExceptionHandlerFeature>() is not null
        || context.Features.Get<IStatusCodeReExecuteFeature>() is not null;

    /// <summary>The methods a page serves, upper case, in a stable order for the Allow header.</summary>
    internal static IReadOnlyList<string> Allowed(CompiledPageActionDescriptor page)
    {
        if (page.HandlerMethods.Count == 0)
        {
            return ViewOnly;
        }

        var methods = page.HandlerMethods.Select(h => h.HttpMethod.ToUpperInvariant()).ToHashSet();
        if (methods.Contains(HttpMethods.Get))
        {
            methods.Add(HttpMethods.Head); // Razor Pages answers HEAD with the GET handler
        }

        return [.. methods.Order(StringComparer.Ordinal)];
    }
}
