using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Web.Accounts;

namespace NewsReader.Web.Pages.Account;

/// <summary>
/// Signing out is a POST (with antiforgery), so a link on another site cannot sign anyone out. It renews
/// the account's security stamp, so every copy of the cookie (another device, a stolen one) stops
/// working at once, not only the one this browser deletes. API tokens are separate credentials and stay.
/// </summary>
public sealed class LogoutModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, ILogger<LogoutModel> logger) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
            logger.LogInformation("User {UserId} signed out; their sessions everywhere have ended", user.Id);
        }

        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
