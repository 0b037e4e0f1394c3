using Microsoft.AspNetCore.Identity;

namespace NewsReader.Web.Accounts;

/// <summary>A NewsReader account. Annotations show the display name, never the e-mail address.</summary>
public sealed class AppUser : IdentityUser
{
    public const int MaxDisplayNameLength = Domain.NameRules.MaxDisplayNameLength;

    public string DisplayName { get; set; } = string.Empty;
}
