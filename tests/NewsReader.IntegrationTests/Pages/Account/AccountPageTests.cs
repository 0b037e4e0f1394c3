using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsReader.IntegrationTests.Infrastructure;

namespace NewsReader.IntegrationTests.Pages.Account;

public sealed class AccountPageTests : IDisposable
{
    private readonly NewsReaderFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Register_SignsIn_AndTheHeaderGreetsByDisplayName_ThenSignOut()
    {
        var client = _factory.CreateClient();

        var registered = await client.SubmitFormAsync("/account/register", "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = "reader@example.org",
            ["Input.DisplayName"] = "Rita Reader",
            ["Input.Password"] = "long enough pass",
            ["Input.ConfirmPassword"] = "long enough pass",
        });
        var home = await registered.ToDocumentAsync();
        var signedOut = await client.SubmitFormAsync("/", ".nav-account form", new Dictionary<string, string>());

        Assert.Equal("Rita Reader", home.QuerySelector(".signed-in")!.TextContent);
        Assert.NotNull((await signedOut.ToDocumentAsync()).QuerySelector("a[href^='/account/login']"));
    }

    [Fact]
    public async Task Register_ShortPasswordOrMismatch_ReShowsTheFormWithReasons()
    {
        var response = await _factory.CreateClient().SubmitFormAsync("/account/register", "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = "not-an-email", ["Input.DisplayName"] = "X", ["Input.Password"] = "short", ["Input.ConfirmPassword"] = "other",
        });
        var text = (await response.ToDocumentAsync()).QuerySelector("main form")!.TextContent;

        Assert.Contains("not an e-mail address", text);
        Assert.Contains("between 8 and", text);
        Assert.Contains("passwords differ", text);
    }

    [Fact]
    public async Task SignIn_WrongPassword_SaysSo_AndFiveFailuresLockTheAccount_WithoutSayingSo()
    {
        var user = await _factory.CreateUserAsync("Lena");
        var client = _factory.CreateClient();
        string message = string.Empty;
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            var response = await client.SubmitFormAsync("/account/login", "main form", new Dictionary<string, string>
            {
                ["Input.Email"] = user.Email, ["Input.Password"] = "wrong password " + attempt,
            });
            message = (await response.ToDocumentAsync()).QuerySelector(".form-errors")!.TextContent;
            if (attempt == 1)
            {
                Assert.Contains("do not match an account", message);
            }
        }

        var withRightPassword = await client.SubmitFormAsync("/account/login", "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email, ["Input.Password"] = user.Password,
        });

        // Locked, yet told the same as any failure: the page never confirms that an account exists.
        Assert.Equal(NewsReader.Web.Accounts.SignInCheck.FailureMessage, message.Trim());
        Assert.Equal(NewsReader.Web.Accounts.SignInCheck.FailureMessage, (await withRightPassword.ToDocumentAsync()).QuerySelector(".form-errors")!.TextContent.Trim());
    }

    [Fact]
    public async Task SignIn_ReturnsToTheLocalPageAsked_NeverToAnotherSite()
    {
        var user = await _factory.CreateUserAsync("Rob");
        var client = _factory.CreateClient();

        var local = await client.SubmitFormAsync($"/account/login?returnUrl=%2Farticles%2F{Seed.Slug}", "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email, ["Input.Password"] = user.Password,
        });
        var evil = await _factory.CreateClient().SubmitFormAsync("/account/login?returnUrl=https%3A%2F%2Fevil.example", "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email, ["Input.Password"] = user.Password,
        });

        Assert.Equal(Seed.Url, local.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("localhost", evil.RequestMessage!.RequestUri!.Host);
        Assert.Equal("/", evil.RequestMessage.RequestUri.AbsolutePath);
    }

    [Fact]
    public async Task Tokens_CreateShowsTheSecretOnce_ItWorks_AndRevokingItStopsIt()
    {
        var user = await _factory.CreateUserAsync("Tom");
        var browser = await _factory.CreateSignedInClientAsync(user);

        var created = await browser.SubmitFormAsync("/account/tokens", "form[action*='handler=Create']", new Dictionary<string, string> { ["name"] = "my script" });
        var secret = (await created.ToDocumentAsync()).QuerySelector("[data-token]")!.TextContent;
        var script = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        script.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        var before = await script.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", await Seed.AnnotationFor(script, "5G", "topic", topic: new { name = "5G" }));
        var listing = await browser.GetDocumentAsync("/account/tokens");
        var revoked = await browser.SubmitFormAsync("/account/tokens", "form[action*='handler=Revoke']", new Dictionary<string, string>());
        var after = await script.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", await Seed.AnnotationFor(script, "5G", "topic", topic: new { name = "5G" }));

        Assert.StartsWith("nr_", secret);
        Assert.Equal(HttpStatusCode.Created, before.StatusCode);
        Assert.DoesNotContain(secret, listing.Body!.InnerHtml);
        Assert.Contains("my script", listing.Body.TextContent);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task AccountPages_NeedSignIn()
    {
        var client = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/account/tokens");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.AbsolutePath);
    }
}

public sealed class SignInRateLimitTests : IDisposable
{
    private readonly NewsReaderFactory _factory = new NewsReaderFactory().With("Security:SignInAttemptsPerMinute", "3");

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task SignIn_TooManyAttemptsFromOneAddress_Get429()
    {
        var client = _factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var response = await client.SubmitFormAsync("/account/login", "main form", new Dictionary<string, string>
            {
                ["Input.Email"] = $"nobody{i}@example.org", ["Input.Password"] = "whatever password",
            });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}
