using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.IntegrationTests.Infrastructure;
using NewsReader.Web.Accounts;
using NewsReader.Web.Data;

namespace NewsReader.IntegrationTests.Pages.Account;

/// <summary>The probe's display names (issue 10): refused on the form, and by Identity for any other way in.</summary>
public sealed class DisplayNameTests : IDisposable
{
    private readonly NewsReaderFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("\u202Enimda", "bidirectional")]
    [InlineData("\u200B\u200B", "invisible formatting character")]
    [InlineData("\u200C\u200D", "visible letter or digit")]
    [InlineData("admin", "kept for the site")]
    [InlineData("ADMIN", "kept for the site")]
    [InlineData("Ad\u200Dmin", "kept for the site")]
    public async Task Register_RefusesTheName_OnItsField_AndCreatesNoAccount(string name, string expected)
    {
        var email = $"probe-{Guid.NewGuid():N}@example.org";

        var response = await RegisterAsync(email, name);
        var field = (await response.ToDocumentAsync()).QuerySelector("[data-valmsg-for='Input.DisplayName']")!.TextContent;

        Assert.Contains(expected, field, StringComparison.Ordinal);
        Assert.Null(await FindAsync(email));
    }

    [Fact]
    public async Task Register_StoresTheNameNormalised()
    {
        await RegisterAsync("rita@example.org", "  Rita \u00A0 Reade\u0301 ");

        Assert.Equal("Rita Read\u00E9", (await FindAsync("rita@example.org"))!.DisplayName);
    }

    [Fact]
    public async Task Identity_RefusesAReservedOrUnnormalisedName_FromAnyCaller()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();

        var reserved = await users.CreateAsync(new AppUser { UserName = "a@example.org", Email = "a@example.org", DisplayName = "Administrator" }, Accounts.Password);
        var padded = await users.CreateAsync(new AppUser { UserName = "b@example.org", Email = "b@example.org", DisplayName = " Bea " }, Accounts.Password);

        Assert.Equal(DisplayNameValidator.ErrorCode, Assert.Single(reserved.Errors).Code);
        Assert.Equal(DisplayNameValidator.ErrorCode, Assert.Single(padded.Errors).Code);
    }

    [Fact]
    public async Task An_account_named_before_the_rules_still_saves_but_cannot_be_renamed_to_a_refused_name()
    {
        var old = await _factory.CreateUserAsync("Oldtimer");
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsReaderDbContext>();
        await db.Users.Where(u => u.Id == old.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.DisplayName, "admin"));
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByIdAsync(old.Id))!;

        var failedSignIn = await users.AccessFailedAsync(user);
        user.DisplayName = "root";
        var renamed = await users.UpdateAsync(user);

        Assert.True(failedSignIn.Succeeded, string.Join(" ", failedSignIn.Errors.Select(e => e.Description)));
        Assert.Equal(DisplayNameValidator.ErrorCode, Assert.Single(renamed.Errors).Code);
    }

    private Task<HttpResponseMessage> RegisterAsync(string email, string name) =>
        _factory.CreateClient().SubmitFormAsync("/account/register", "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.DisplayName"] = name,
            ["Input.Password"] = "long enough pass",
            ["Input.ConfirmPassword"] = "long enough pass",
        });

    private async Task<AppUser?> FindAsync(string email)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
    }
}
