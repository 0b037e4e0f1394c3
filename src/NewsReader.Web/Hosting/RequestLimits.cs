using Microsoft.AspNetCore.Http.Features;

namespace NewsReader.Web.Hosting;

/// <summary>
/// No request needs more than <see cref="MaxBodyBytes"/>: the largest is a 10,000-character note. A
/// bigger body is refused before it is read, with 413 and a message, so a 10 MB upload costs nothing.
/// </summary>
public static class RequestLimits
{
    public const long MaxBodyBytes = 1024 * 1024;

    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
            if (feature is { IsReadOnly: false })
            {
                feature.MaxRequestBodySize = MaxBodyBytes; // also bounds chunked bodies with no length
            }

            if (context.Request.ContentLength > MaxBodyBytes)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await Results.Problem(
                    statusCode: StatusCodes.Status413PayloadTooLarge,
                    title: "Request too large",
                    detail: $"The request body has {context.Request.ContentLength:N0} bytes; at most {MaxBodyBytes:N0} are accepted.").ExecuteAsync(context);
                return;
            }

            await next(context);
        });
}
