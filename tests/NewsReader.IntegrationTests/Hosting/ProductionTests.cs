using System.Net;
using NewsReader.IntegrationTests.Infrastructure;

namespace NewsReader.IntegrationTests.Hosting;

/// <summary>
/// The published app in Production, as the Docker image runs it (plain HTTP, secure cookies), reached
/// the way users reach it: through a TLS proxy on the same machine, or directly over plain HTTP.
/// </summary>
public sealed class ProductionTests
{
    private static Dictionary<string, string> Registration(string email) => new()
    {
        ["Input.Email"] = email,
        ["Input.DisplayName"] = "Pat Proxy",
        ["Input.Password"] = "long enough pass",
        ["Input.ConfirmPassword"] = "long enough pass",
    };

    [Fact]
    public async Task BehindTlsProxy_RegisterSignOutSignIn_AndTokensPage_Work()
    {
        await using var app = await DeployedApp.StartAsync();
        using var browser = new ProxiedClient(app.Address);

        var registered = await browser.SubmitFormAsync("/account/register", "main form", Registration("pat@example.org"));
        var authCookie = browser.LastSetCookies.Single(cookie => cookie.StartsWith("newsreader.auth=", StringComparison.Ordinal));
        var tokens = await browser.GetAsync("/account/tokens");
        var signedOut = await browser.SubmitFormAsync("/", ".nav-account form", new Dictionary<string, string>());
        var signedIn = await browser.SubmitFormAsync("/account/login", "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = "pat@example.org", ["Input.Password"] = "long enough pass",
        });
        var home = await (await browser.GetAsync("/")).ToDocumentAsync();

        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Contains("secure", authCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, tokens.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("Pat Proxy", home.QuerySelector(".signed-in")?.TextContent);
        Assert.DoesNotContain(" ERR]", app.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlainHttp_SignInPages_ExplainWhatToConfigure_ReadingStillWorks()
    {
        await using var app = await DeployedApp.StartAsync();
        using var direct = new ProxiedClient(app.Address, forwardedProto: null);

        var login = await direct.GetAsync("/account/login");
        var register = await direct.GetAsync("/account/register");
        var page = await login.Content.ReadAsStringAsync();
        var article = await direct.GetAsync(Seed.Url);
        var withToken = await direct.SendAsync(new HttpRequestMessage(HttpMethod.Get, Seed.Url) { Headers = { { "Authorization", "Bearer nr_anything" } } });

        Assert.Equal(HttpStatusCode.Forbidden, login.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, register.StatusCode);
        Assert.Contains("Signing in needs HTTPS", page);
        Assert.Contains("Security__SecureCookies=false", page);
        Assert.Contains("ForwardedHeaders__KnownProxies", page);
        Assert.Equal(HttpStatusCode.OK, article.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withToken.StatusCode);
        Assert.DoesNotContain(" ERR]", app.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlainHttp_WithSecureCookiesOff_SignInWorks()
    {
        await using var app = await DeployedApp.StartAsync(new Dictionary<string, string> { ["Security__SecureCookies"] = "false" });
        using var direct = new ProxiedClient(app.Address, forwardedProto: null);

        var registered = await direct.SubmitFormAsync("/account/register", "main form", Registration("plain@example.org"));
        var home = await (await direct.GetAsync("/")).ToDocumentAsync();

        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Equal("Pat Proxy", home.QuerySelector(".signed-in")?.TextContent);
    }

    [Fact]
    public async Task UntrustedSender_ForwardedHeadersIgnored_EvenWithTheHostSwitchOn()
    {
        // The probe's setting: ASPNETCORE_FORWARDEDHEADERS_ENABLED alone trusted every sender. Here the only
        // trusted proxy is elsewhere, so this loopback client's headers must count for nothing.
        await using var app = await DeployedApp.StartAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = "true",
            ["ForwardedHeaders__KnownProxies__0"] = "192.0.2.10",
        });
        using var spoofer = new ProxiedClient(app.Address);

        var login = await spoofer.GetAsync("/account/login");
        var page = await login.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, login.StatusCode);
        Assert.Contains("not a trusted proxy", page);
    }

    [Fact]
    public async Task SpoofedForwardedFor_DoesNotEscapeTheSignInLimit()
    {
        await using var app = await DeployedApp.StartAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = "true",
            ["ForwardedHeaders__KnownProxies__0"] = "192.0.2.10",
            ["Security__SecureCookies"] = "false",
            ["Security__SignInAttemptsPerMinute"] = "10",
        });
        using var attacker = new ProxiedClient(app.Address, forwardedProto: null);

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= 12; attempt++)
        {
            attacker.ForwardedFor = $"203.0.113.{attempt}";
            var response = await attacker.SubmitFormAsync("/account/login", "main form", new Dictionary<string, string>
            {
                ["Input.Email"] = "victim@example.org", ["Input.Password"] = $"guess {attempt}",
            });
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(10), status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.All(statuses.Skip(10), status => Assert.Equal(HttpStatusCode.TooManyRequests, status));
    }

    [Fact]
    public async Task TrustedProxy_TheLimitCountsEachRealClient()
    {
        await using var app = await DeployedApp.StartAsync(new Dictionary<string, string> { ["Security__SignInAttemptsPerMinute"] = "2" });
        using var proxy = new ProxiedClient(app.Address);

        async Task<HttpStatusCode> AttemptFrom(string client)
        {
            proxy.ForwardedFor = client;
            var response = await proxy.SubmitFormAsync("/account/login", "main form", new Dictionary<string, string>
            {
                ["Input.Email"] = "someone@example.org", ["Input.Password"] = "a wrong guess",
            });
            return response.StatusCode;
        }

        var first = new[] { await AttemptFrom("198.51.100.1"), await AttemptFrom("198.51.100.1"), await AttemptFrom("198.51.100.1") };
        var other = await AttemptFrom("198.51.100.2");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], first);
        Assert.Equal(HttpStatusCode.OK, other);
    }
}
