using Microsoft.AspNetCore.Identity;

namespace NewsReader.Web.Accounts;

/// <summary>
/// Password sign-in that tells an attacker nothing about which accounts exist: every failure (unknown
/// address, wrong password, locked account) gets one message and costs one password hash, so the
/// answer and its timing are the same. Lockout still counts failures of real accounts.
/// </summary>
public sealed class SignInCheck(SignInManager<AppUser> signIn, UserManager<AppUser> users, IPasswordHasher<AppUser> hasher)
{
    public const string FailureMessage =
        "That e-mail address and password do not match an account, or too many failed attempts have locked it for a few minutes.";

    // A hash of a random password made once by the same hasher, so verifying against it costs what a real check costs.
    private static readonly Lazy<string> DecoyPassword = new(() => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
    private readonly Lazy<string> _decoyHash = new(() => hasher.HashPassword(new AppUser(), DecoyPassword.Value));

    public enum Outcome { SignedIn, Failed, LockedOut }

    public async Task<Outcome> PasswordSignInAsync(string email, string password, bool remember)
    {
        var user = await users.FindByNameAsync(email); // accounts are named by their e-mail address
        if (user is null || await users.IsLockedOutAsync(user))
        {
            // Identity answers these without hashing; hash anyway so they take as long as a wrong password.
            hasher.VerifyHashedPassword(user ?? new AppUser(), _decoyHash.Value, password);
            return user is null ? Outcome.Failed : Outcome.LockedOut;
        }

        var result = await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
        return result.Succeeded ? Outcome.SignedIn : result.IsLockedOut ? Outcome.LockedOut : Outcome.Failed;
    }
}
