using System.Net;

namespace NewsReader.Web.Hosting;

/// <summary>
/// With secure cookies on (everywhere but Development, unless <c>Security:SecureCookies=false</c>) the
/// sign-in and antiforgery cookies only travel over HTTPS, so a sign-in over plain HTTP can never work
/// and ASP.NET's antiforgery refuses it with an exception. Such a request gets a page (or problem
/// details under /api) saying what to configure, instead of a 500: the account pages, and any request
/// that carries a sign-in cookie or token. Anonymous reading over plain HTTP is served as usual.
/// </summary>
public sealed class SecureTransport(IConfiguration configuration, ILogger<SecureTransport> logger) : IMiddleware
{
    private readonly bool _required = AuthSetup.SecureCookiesRequired(configuration);
    private int _warned;

    public Task InvokeAsync(HttpContext context, RequestDelegate next) =>
        _required && !context.Request.IsHttps && NeedsSecureCookies(context.Request)
            ? RefuseAsync(context)
            : next(context);

    /// <summary>True when the request cannot be served over plain HTTP with secure cookies required.</summary>
    public static bool NeedsSecureCookies(HttpRequest request) =>
        request.Path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase)
        || request.Cookies.Keys.Any(name => name.StartsWith(AuthSetup.CookieName, StringComparison.Ordinal))
        || (request.Headers.Authorization.Count > 0 && !request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase));

    /// <summary>Answers 403 with what to configure; also used when antiforgery itself refuses plain HTTP.</summary>
    public async Task RefuseAsync(HttpContext context)
    {
        var untrustedProxy = UntrustedProxy(context);

        // Once as a warning, so an operator who misconfigured the proxy sees it; after that at Debug, so a
        // crawler hitting /account over HTTP cannot fill the log.
        var level = Interlocked.Exchange(ref _warned, 1) == 0 ? LogLevel.Warning : LogLevel.Debug;
        logger.Log(level, "Refused {Method} {Path} over plain HTTP: secure cookies are required (Security:SecureCookies). Forwarded from an untrusted proxy: {Proxy}",
            context.Request.Method, context.Request.Path.Value, untrustedProxy?.ToString() ?? "no");

        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.Headers.CacheControl = "no-store";
        var proxyNote = untrustedProxy is null
            ? "No trusted proxy said the client used HTTPS."
            : $"This request carried X-Forwarded-Proto from {untrustedProxy}, which is not a trusted proxy.";
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await Results.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "HTTPS required",
                detail: $"Requests signed in with a cookie need HTTPS on this server. {proxyNote} Scripts can use an API token (Authorization: Bearer ...).").ExecuteAsync(context);
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(Page(WebUtility.HtmlEncode(proxyNote)), context.RequestAborted);
    }

    // The peer that sent X-Forwarded-Proto when it was not trusted (the header is then left unconsumed).
    private static IPAddress? UntrustedProxy(HttpContext context) =>
        context.Request.Headers.ContainsKey("X-Forwarded-Proto") ? context.Connection.RemoteIpAddress : null;

    // A page of its own, without the site layout: the layout writes antiforgery tokens for a signed-in
    // visitor, which is the very thing that cannot work here.
    private static string Page(string proxyNote) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <link rel="icon" href="data:,">
            <title>Signing in needs HTTPS · NewsReader</title>
            <link rel="stylesheet" href="/css/site.css">
        </head>
        <body>
        <main id="main" class="page">
            <h1>Signing in needs HTTPS</h1>
            <p>This NewsReader sends its sign-in cookies only over HTTPS, and this request came over plain HTTP. {proxyNote}</p>
            <p>Reading needs no account: <a href="/">back to the articles</a>.</p>
            <h2>For the person who runs this server</h2>
            <ul>
                <li>Behind a TLS proxy: the proxy must send <code>X-Forwarded-Proto: https</code> and <code>X-Forwarded-For</code>,
                    and its address must be trusted: loopback is; add others with <code>ForwardedHeaders__KnownProxies__0=10.0.0.5</code>
                    or <code>ForwardedHeaders__KnownNetworks__0=172.16.0.0/12</code>.</li>
                <li>To try NewsReader on plain HTTP (not for real accounts on a network), start it with
                    <code>Security__SecureCookies=false</code>.</li>
            </ul>
        </main>
        </body>
        </html>
        """;
}
