using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using NewsReader.Web.Accounts;
using NewsReader.Web.Hosting;
using NewsReader.Web.Pages.Shared;

namespace NewsReader.Web.Pages.Account;

/// <summary>Sign-in with lockout after repeated failures and a per-address rate limit on attempts.</summary>
[EnableRateLimiting(AuthSetup.SignInRateLimit)]
public sealed class LoginModel(SignInCheck signIn, ILogger<LoginModel> logger) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your e-mail address.")]
        [EmailAddress(ErrorMessage = "That is not an e-mail address.")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter your password.")]
        public string Password { get; set; } = string.Empty;

        public bool RememberMe { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, Input.RememberMe);
        if (outcome == SignInCheck.Outcome.SignedIn)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? LocationUrl.Escape(ReturnUrl) : "/");
        }

        // The log may say why; the page says the same thing for every failure.
        if (outcome == SignInCheck.Outcome.LockedOut)
        {
            logger.LogWarning("Sign-in refused for a locked-out account from {Address}", HttpContext.Connection.RemoteIpAddress);
        }

        ModelState.AddModelError(string.Empty, SignInCheck.FailureMessage);
        return Page();
    }
}
