using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.Accounts;
using NewsReader.Web.Data;

namespace NewsReader.IntegrationTests.Infrastructure;

/// <summary>A test user: their id, e-mail, password and a personal API token.</summary>
public sealed record TestUser(string Id, string Email, string Password, string Token, string DisplayName);

public static class Accounts
{
    public const string Password = "correct horse battery";

    /// <summary>Creates a user (optionally an admin) with an API token, through the app's own services.</summary>
    public static async Task<TestUser> CreateUserAsync(this NewsReaderFactory factory, string name, bool admin = false)
    {
        _ = factory.Server;
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"{name}-{Guid.NewGuid():N}@example.org";
        var user = new AppUser { UserName = email, Email = email, DisplayName = name };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        if (admin)
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            if (!await roles.RoleExistsAsync(Roles.Admin))
            {
                await roles.CreateAsync(new IdentityRole(Roles.Admin));
            }

            await users.AddToRoleAsync(user, Roles.Admin);
        }

        var db = scope.ServiceProvider.GetRequiredService<NewsReaderDbContext>();
        var (token, secret) = ApiToken.Issue(user.Id, "tests", DateTimeOffset.UtcNow);
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync();
        return new TestUser(user.Id, email, Password, secret, name);
    }

    /// <summary>A client that authenticates with the user's bearer token (no cookies).</summary>
    public static HttpClient CreateTokenClient(this NewsReaderFactory factory, TestUser user)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
        return client;
    }

    /// <summary>A browser-like client signed in through the real sign-in form (cookies and antiforgery flow).</summary>
    public static async Task<HttpClient> CreateSignedInClientAsync(this NewsReaderFactory factory, TestUser user)
    {
        var client = factory.CreateClient();
        var response = await client.SubmitFormAsync("/account/login", "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email,
            ["Input.Password"] = user.Password,
        });
        Assert.Equal("/", response.RequestMessage!.RequestUri!.AbsolutePath);
        return client;
    }

    /// <summary>Loads a page, fills the chosen form's fields (keeping its hidden antiforgery token) and submits it.</summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, string url, string formSelector, IDictionary<string, string> fields)
    {
        var page = await client.GetDocumentAsync(url);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form '{formSelector}' on {url}.");
        var values = FieldsOf(form, fields);
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    /// <summary>
    /// Presses a submit button as a browser would: it submits its form (the one its <c>form</c> attribute
    /// names, else the one around it) to its <c>formaction</c> if it has one, with its own name and value.
    /// </summary>
    public static async Task<HttpResponseMessage> PressAsync(this HttpClient client, string url, string buttonSelector, IDictionary<string, string>? fields = null)
    {
        var page = await client.GetDocumentAsync(url);
        var button = page.QuerySelector(buttonSelector) as IHtmlButtonElement ?? throw new InvalidOperationException($"No button '{buttonSelector}' on {url}.");
        var formId = button.GetAttribute("form");
        var form = (formId is null ? button.Closest("form") : page.GetElementById(formId)) as IHtmlFormElement
            ?? throw new InvalidOperationException($"The button '{buttonSelector}' on {url} belongs to no form.");
        var values = FieldsOf(form, fields ?? new Dictionary<string, string>());
        if (!string.IsNullOrEmpty(button.Name))
        {
            values[button.Name] = button.Value;
        }

        var action = button.GetAttribute("formaction") ?? form.GetAttribute("action");
        return await client.PostAsync(string.IsNullOrEmpty(action) ? url : action, new FormUrlEncodedContent(values));
    }

    private static Dictionary<string, string> FieldsOf(IHtmlFormElement form, IDictionary<string, string> fields)
    {
        var values = new Dictionary<string, string>();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>().Where(i => !string.IsNullOrEmpty(i.Name)))
        {
            if ((input.Type != "checkbox" && input.Type != "radio") || input.IsChecked)
            {
                values[input.Name!] = input.Value;
            }
        }

        foreach (var area in form.Elements.OfType<IHtmlTextAreaElement>().Where(t => !string.IsNullOrEmpty(t.Name)))
        {
            values[area.Name!] = area.Value;
        }

        foreach (var select in form.Elements.OfType<IHtmlSelectElement>().Where(s => !string.IsNullOrEmpty(s.Name)))
        {
            values[select.Name!] = select.Value ?? string.Empty;
        }

        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        return values;
    }

    /// <summary>The antiforgery token a page hands its script (for cookie-authenticated API calls).</summary>
    public static async Task<string> GetAntiforgeryTokenAsync(this HttpClient client, string url)
    {
        var page = await client.GetDocumentAsync(url);
        return page.QuerySelector("meta[name=request-verification-token]")?.GetAttribute("content")
            ?? throw new InvalidOperationException($"{url} has no antiforgery token meta tag.");
    }
}
