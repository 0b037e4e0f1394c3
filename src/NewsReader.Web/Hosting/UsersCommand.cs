using Microsoft.AspNetCore.Identity;
using NewsReader.Web.Accounts;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;

namespace NewsReader.Web.Hosting;

/// <summary>
/// <c>users add EMAIL [--admin] [--token] [--name NAME]</c>: creates an account, the password read from
/// standard input (never from the command line, where other users and shell history would see it).
/// </summary>
public static class UsersCommand
{
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        var settings = args.Where(CommandLine.IsSetting).ToArray();
        var rest = args.Where(a => !CommandLine.IsSetting(a)).ToList();
        if (rest.Count < 2 || rest[0] != "add" || rest[1].StartsWith('-'))
        {
            error.WriteLine("users: expected 'users add EMAIL [--admin] [--token] [--name NAME]'.");
            return CommandLine.UsageError;
        }

        var email = rest[1];
        var options = rest.Skip(2).ToList();
        var admin = options.Remove("--admin");
        var withToken = options.Remove("--token");
        var nameAt = options.IndexOf("--name");
        var displayName = nameAt >= 0 && nameAt + 1 < options.Count ? options[nameAt + 1] : email.Split('@')[0];
        if (nameAt >= 0)
        {
            options.RemoveRange(nameAt, Math.Min(2, options.Count - nameAt));
        }

        if (options.Count > 0)
        {
            error.WriteLine($"users: unknown option {options[0]}.");
            return CommandLine.UsageError;
        }

        // Checked before the password is asked for; the name from the e-mail address ("admin@...") may be refused too.
        var name = NameRules.Check(displayName, NameKind.DisplayName);
        if (!name.IsValid)
        {
            error.WriteLine($"users: {name.Error}{(nameAt < 0 ? " (It was taken from the e-mail address; give one with --name NAME.)" : string.Empty)}");
            return CommandLine.UsageError;
        }

        var password = ReadPassword(input, output);
        if (string.IsNullOrEmpty(password))
        {
            error.WriteLine("users: no password on standard input (e.g. echo 'secret pass' | dotnet run ... -- users add EMAIL).");
            return CommandLine.UsageError;
        }

        using var host = CommandHost.Build(settings);
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        await using var scope = host.Services.CreateAsyncScope();
        return await CreateAsync(scope.ServiceProvider, new AppUser { UserName = email, Email = email, DisplayName = name.Name }, password, admin, withToken, output, error);
    }

    private static async Task<int> CreateAsync(IServiceProvider services, AppUser user, string password, bool admin, bool withToken, TextWriter output, TextWriter error)
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            error.WriteLine($"users: {user.Email} was not created: {string.Join(" ", created.Errors.Select(e => e.Description))}");
            return CommandLine.Failures;
        }

        if (admin)
        {
            var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
            if (!await roles.RoleExistsAsync(Roles.Admin))
            {
                await roles.CreateAsync(new IdentityRole(Roles.Admin));
            }

            await users.AddToRoleAsync(user, Roles.Admin);
        }

        output.WriteLine($"Created {(admin ? "admin" : "user")} {user.Email} (shown as \"{user.DisplayName}\").");
        if (withToken)
        {
            var db = services.GetRequiredService<NewsReaderDbContext>();
            var (token, secret) = ApiToken.Issue(user.Id, "created with users add", services.GetRequiredService<TimeProvider>().GetUtcNow(), TimeSpan.FromDays(365));
            db.ApiTokens.Add(token);
            await db.SaveChangesAsync();
            output.WriteLine($"API token: {secret}");
            output.WriteLine($"(valid until {token.ExpiresAt:yyyy-MM-dd}; manage tokens at /account/tokens)");
        }

        return CommandLine.Success;
    }

    // One line from standard input; on a terminal, typed without echo.
    private static string? ReadPassword(TextReader input, TextWriter output)
    {
        if (!ReferenceEquals(input, Console.In) || Console.IsInputRedirected)
        {
            return input.ReadLine();
        }

        output.Write("Password: ");
        var password = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
            {
                password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        output.WriteLine();
        return password.ToString();
    }
}
