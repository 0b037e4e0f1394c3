using Microsoft.AspNetCore.Antiforgery;

namespace NewsReader.Web.Api;

/// <summary>
/// Cookie-authenticated unsafe requests to the API must carry the antiforgery token (header
/// <c>RequestVerificationToken</c>), or another site could make a signed-in browser tag on its
/// behalf. Bearer-token requests carry no ambient credential, so they are exempt.
/// </summary>
public sealed class ApiAntiforgery(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var viaToken = http.User.Identity?.AuthenticationType == Accounts.ApiTokenAuthentication.SchemeName;
        if (!viaToken && !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method) && !HttpMethods.IsOptions(http.Request.Method))
        {
            try
            {
                await antiforgery.ValidateRequestAsync(http);
            }
            catch (AntiforgeryValidationException)
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status400BadRequest,
                    title: "Antiforgery token missing or invalid",
                    detail: "A request signed in with a cookie must send the page's antiforgery token in the RequestVerificationToken header. Scripts should use an API token (Authorization: Bearer ...) instead.");
            }
        }

        return await next(context);
    }
}
