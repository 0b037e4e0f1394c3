using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using NewsReader.Web.Accounts;
using NewsReader.Web.Data;

namespace NewsReader.Web.Hosting;

/// <summary>
/// Accounts and sign-in: ASP.NET Core Identity (tables in the app's database) with cookies for people,
/// personal bearer tokens for scripts, lockout and rate limiting against password guessing.
/// </summary>
public static class AuthSetup
{
    public const string SignInRateLimit = "sign-in";
    public const string CookieName = "newsreader.auth";
    private const string Smart = "CookieOrToken";

    public static IServiceCollection AddNewsReaderAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                // Length over composition rules (NIST SP 800-63B): 8+ characters, no forced symbols.
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.User.RequireUniqueEmail = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<NewsReaderDbContext>()
            .AddUserValidator<DisplayNameValidator>()
            .AddClaimsPrincipalFactory<AppUserClaimsFactory>()
            .AddDefaultTokenProviders();

        // Bearer requests go to the token handler; everything else to Identity's cookie.
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = Smart;
                options.DefaultAuthenticateScheme = Smart;
                options.DefaultChallengeScheme = Smart;
                options.DefaultForbidScheme = Smart;
            })
            .AddPolicyScheme(Smart, "Cookie or API token", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiTokenAuthentication.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null);

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/access-denied";
            options.Cookie.Name = CookieName;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = SecureCookies(configuration);
            options.SlidingExpiration = true;

            // Scripts get status codes, never an HTML sign-in page.
            options.Events.OnRedirectToLogin = context => ApiStatusOrRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiStatusOrRedirect(context, StatusCodes.Status403Forbidden);
        });

        // Every signed-in request checks the account's security stamp, so signing out or changing the
        // password ends every other copy of the cookie at once (the default waits 30 minutes). One
        // indexed lookup per signed-in request; anonymous readers, and so the output cache, pay nothing.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);

        services.AddScoped<SignInCheck>();
        services.AddAuthorization();
        services.AddAntiforgery(options =>
        {
            options.HeaderName = "RequestVerificationToken";
            options.Cookie.SecurePolicy = SecureCookies(configuration);
        });

        // Keys that sign cookies and antiforgery tokens live in the database: a restart keeps people signed in, and every
        // app instance on the same database accepts what another issued. Keys kept in files before are imported once
        // (DataProtectionKeyImport, run by DatabaseInitializer).
        services.AddDataProtection().SetApplicationName("NewsReader").PersistKeysToDbContext<NewsReaderDbContext>();

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignInRateLimit, context => HttpMethods.IsGet(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("get")
                : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = configuration.GetValue("Security:SignInAttemptsPerMinute", 10),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });
        return services;
    }

    // Secure (HTTPS-only) cookies unless configured off: appsettings.Development.json turns them off for
    // http://localhost; a deployment behind a TLS proxy keeps them on.
    public static bool SecureCookiesRequired(IConfiguration configuration) => configuration.GetValue("Security:SecureCookies", true);

    private static CookieSecurePolicy SecureCookies(IConfiguration configuration) =>
        SecureCookiesRequired(configuration) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

    private static Task ApiStatusOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
