using System.Security.Claims;
using NewsReader.Web.Tagging;

namespace NewsReader.Web.Accounts;

public static class Roles
{
    public const string Admin = "admin";

    /// <summary>The signed-in user as tagging commands see them.</summary>
    public static Actor ToActor(this ClaimsPrincipal user) =>
        new(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The user is not signed in."), user.IsInRole(Admin));
}
