using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;

namespace NewsReader.Web.Accounts;

/// <summary>
/// Holds every account saved through <see cref="UserManager{TUser}"/> to <see cref="NameRules"/>, so a display
/// name set anywhere (the register form, <c>users add</c>, code not yet written) is checked and stored in its
/// normal form. The form and the command check first to word the refusal for their field; this is the backstop.
/// </summary>
public sealed class DisplayNameValidator(NewsReaderDbContext db) : IUserValidator<AppUser>
{
    public const string ErrorCode = "InvalidDisplayName";

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user)
    {
        // Identity saves an account on every sign-in failure and password change; an account named before the
        // rules must keep signing in, so only a new account or a changed display name is checked.
        var entry = db.Entry(user);
        if (entry.State is not (EntityState.Detached or EntityState.Added)
            && entry.Property(u => u.DisplayName).OriginalValue == user.DisplayName)
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var check = NameRules.Check(user.DisplayName, NameKind.DisplayName);
        var error = check.IsValid
            ? check.Name == user.DisplayName ? null : "A display name is stored trimmed, NFC-normalised and with single spaces."
            : check.Error;
        return Task.FromResult(error is null ? IdentityResult.Success : IdentityResult.Failed(new IdentityError { Code = ErrorCode, Description = error }));
    }
}
