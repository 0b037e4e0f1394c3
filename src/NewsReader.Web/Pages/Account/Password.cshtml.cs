using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using NewsReader.Web.Accounts;
using NewsReader.Web.Hosting;

namespace NewsReader.Web.Pages.Account;

/// <summary>
/// Changing the password renews the account's security stamp (Identity does it), which ends every other
/// signed-in session at once; this browser is signed in again with the new stamp. Rate-limited like
/// sign-in, as the current password is checked.
/// </summary>
[EnableRateLimiting(AuthSetup.SignInRateLimit)]
public sealed class PasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, ILogger<PasswordModel> logger) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your current password.")]
        public string CurrentPassword { get; set; } = string.Empty;

        [Required(ErrorMessage = "Choose a new password.")]
        [StringLength(200, MinimumLength = 8, ErrorMessage = "Use between {2} and {1} characters.")]
        public string NewPassword { get; set; } = string.Empty;

        [Compare(nameof(NewPassword), ErrorMessage = "The two new passwords differ.")]
        public string ConfirmPassword { get; set; } = string.Empty;
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? Changed { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var message = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "The current password is not right." : error.Description;
                ModelState.AddModelError(string.Empty, message);
            }

            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("User {UserId} changed their password; their other sessions have ended", user.Id);
        Changed = "Your password is changed. Other browsers signed in to your account are signed out.";
        return RedirectToPage();
    }
}
