using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.IntegrationTests.Infrastructure;
using NewsReader.Web.Accounts;

namespace NewsReader.IntegrationTests.Pages.Account;

/// <summary>Sessions end when the user says so, and sign-in tells nobody which accounts exist.</summary>
public sealed class SessionSecurityTests : IDisposable
{
    private readonly CountingHasher _hasher = new();
    private readonly NewsReaderFactory _factory;

    public SessionSecurityTests() =>
        _factory = new NewsReaderFactory().WithServices(services => services.AddSingleton<IPasswordHasher<AppUser>>(_hasher));

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Logout_TheOldCookieStopsWorking_AndCannotMintAToken()
    {
        var user = await _factory.CreateUserAsync("Stella");
        var (browser, cookie) = await SignInAsync(user);
        var stolen = CookieClient(cookie);
        var before = await stolen.GetAsync("/account/tokens");

        await browser.SubmitFormAsync("/", ".nav-account form", new Dictionary<string, string>());
        var after = await stolen.GetAsync("/account/tokens");
        var mint = await stolen.PostAsync("/account/tokens?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "x", ["days"] = "0" }));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/login", after.Headers.Location!.AbsolutePath);
        Assert.NotEqual(HttpStatusCode.OK, mint.StatusCode);
        Assert.Equal(1, await TokenCountAsync(user)); // only the one the test made
    }

    [Fact]
    public async Task PasswordChange_EndsOtherSessions_KeepsThisOne_AndTheNewPasswordSignsIn()
    {
        var user = await _factory.CreateUserAsync("Perry");
        var (browser, cookie) = await SignInAsync(user);
        var other = CookieClient(cookie);

        var changed = await browser.SubmitFormAsync("/account/password", "main form", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = user.Password, ["Input.NewPassword"] = "a brand new secret", ["Input.ConfirmPassword"] = "a brand new secret",
        });
        var confirmation = await (await browser.GetAsync(changed.Headers.Location!.OriginalString)).ToDocumentAsync();
        var otherAfter = await other.GetAsync("/account/tokens");
        var thisAfter = await browser.GetAsync("/account/tokens");
        var withNew = await _factory.CreateClient().SubmitFormAsync("/account/login", "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email, ["Input.Password"] = "a brand new secret",
        });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Contains("password is changed", confirmation.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, otherAfter.StatusCode);
        Assert.Equal(HttpStatusCode.OK, thisAfter.StatusCode);
        Assert.Equal("/", withNew.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task PasswordChange_WrongCurrentPassword_SaysSo_AndChangesNothing()
    {
        var user = await _factory.CreateUserAsync("Wanda");
        var (browser, _) = await SignInAsync(user);

        var response = await browser.SubmitFormAsync("/account/password", "main form", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = "not my password", ["Input.NewPassword"] = "a brand new secret", ["Input.ConfirmPassword"] = "a brand new secret",
        });
        var errors = (await response.ToDocumentAsync()).QuerySelector(".form-errors")!.TextContent;
        var oldStillWorks = await _factory.CreateClient().SubmitFormAsync("/account/login", "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email, ["Input.Password"] = user.Password,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("current password is not right", errors);
        Assert.Equal("/", oldStillWorks.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task SignIn_UnknownWrongAndLocked_OneMessage_AndEachCostsOnePasswordHash()
    {
        var user = await _factory.CreateUserAsync("Uma");
        var locked = await _factory.CreateUserAsync("Lou");
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByIdAsync(locked.Id))!, DateTimeOffset.UtcNow.AddMinutes(5));
        }

        var unknown = await AttemptAsync("nobody-at-all@example.org", "some password");
        var wrong = await AttemptAsync(user.Email, "a wrong password");
        var lockedOut = await AttemptAsync(locked.Email, locked.Password);

        Assert.Equal((SignInCheck.FailureMessage, 1), unknown);
        Assert.Equal((SignInCheck.FailureMessage, 1), wrong);
        Assert.Equal((SignInCheck.FailureMessage, 1), lockedOut);
    }

    private async Task<(string Message, int Hashes)> AttemptAsync(string email, string password)
    {
        var client = _factory.CreateClient();
        var page = await client.GetAsync("/account/login");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var before = _hasher.Verifications;
        var response = await client.SubmitFormAsync("/account/login", "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = password,
        });
        var message = (await response.ToDocumentAsync()).QuerySelector(".form-errors")!.TextContent.Trim();
        return (message, _hasher.Verifications - before);
    }

    private async Task<(HttpClient Browser, string Cookie)> SignInAsync(TestUser user)
    {
        var browser = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await browser.SubmitFormAsync("/account/login", "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email, ["Input.Password"] = user.Password,
        });
        var cookie = response.Headers.GetValues("Set-Cookie").Single(value => value.StartsWith("newsreader.auth=", StringComparison.Ordinal)).Split(';')[0];
        return (browser, cookie);
    }

    // Another browser holding a copy of the cookie (a second device, or a thief).
    private HttpClient CookieClient(string cookie)
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    private async Task<int> TokenCountAsync(TestUser user)
    {
        await using var db = _factory.CreateDbContext();
        return db.ApiTokens.Count(token => token.UserId == user.Id);
    }

    /// <summary>Identity's own hasher, counting verifications: the work a sign-in attempt does.</summary>
    private sealed class CountingHasher : IPasswordHasher<AppUser>
    {
        private readonly PasswordHasher<AppUser> _inner = new();
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(AppUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
