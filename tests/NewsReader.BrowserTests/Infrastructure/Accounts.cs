using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.Accounts;

namespace NewsReader.BrowserTests.Infrastructure;

/// <summary>A test user: their id, e-mail, password and the name annotations show.</summary>
public sealed record TestUser(string Id, string Email, string Password, string DisplayName);

public static class Accounts
{
    public const string Password = "correct horse battery";

    /// <summary>Creates a user (optionally an admin) through the app's own Identity services.</summary>
    public static async Task<TestUser> CreateUserAsync(this LiveApp app, string name, bool admin = false)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"{name.Replace(' ', '.')}-{Guid.NewGuid():N}@example.org";
        var user = new AppUser { UserName = email, Email = email, DisplayName = name };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        if (admin)
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            if (!await roles.RoleExistsAsync(Roles.Admin))
            {
                await roles.CreateAsync(new IdentityRole(Roles.Admin));
            }

            await users.AddToRoleAsync(user, Roles.Admin);
        }

        return new TestUser(user.Id, email, Password, name);
    }
}
