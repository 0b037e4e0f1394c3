using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using NewsReader.Web.Accounts;
using NewsReader.Web.Domain;
using NewsReader.Web.Hosting;
using NewsReader.Web.Pages.Shared;

namespace NewsReader.Web.Pages.Account;

[EnableRateLimiting(AuthSetup.SignInRateLimit)]
public sealed class RegisterModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, ILogger<RegisterModel> logger) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your e-mail address.")]
        [EmailAddress(ErrorMessage = "That is not an e-mail address.")]
        [StringLength(256)]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter the name to show on your annotations.")]
        [StringLength(AppUser.MaxDisplayNameLength, ErrorMessage = "Use at most {1} characters.")]
        public string DisplayName { get; set; } = string.Empty;

        [Required(ErrorMessage = "Choose a password.")]
        [StringLength(200, MinimumLength = 8, ErrorMessage = "Use between {2} and {1} characters.")]
        public string Password { get; set; } = string.Empty;

        [Compare(nameof(Password), ErrorMessage = "The two passwords differ.")]
        public string ConfirmPassword { get; set; } = string.Empty;
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

        var displayName = NameRules.Check(Input.DisplayName, NameKind.DisplayName);
        if (!displayName.IsValid)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.DisplayName)}", displayName.Error);
            return Page();
        }

        var email = Input.Email.Trim();
        var user = new AppUser { UserName = email, Email = email, DisplayName = displayName.Name };
        var result = await users.CreateAsync(user, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            return Page();
        }

        logger.LogInformation("Registered user {UserId}", user.Id);
        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? LocationUrl.Escape(ReturnUrl) : "/");
    }
}
