using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.IntegrationTests.Infrastructure;

namespace NewsReader.IntegrationTests.Api;

/// <summary>Malformed and hostile API requests: always a 4xx problem saying what is wrong, never a 500, nothing stored.</summary>
public sealed class ApiAbuseTests(ApiAbuseTests.App app) : IClassFixture<ApiAbuseTests.App>
{
    public sealed class App : NewsReaderFactory;

    public static TheoryData<string, string> BadBodies => new()
    {
        { "{", "could not be read" },
        { "not json at all", "could not be read" },
        { "[]", "could not be read" },
        { "{\"paragraphId\": \"three\"}", "could not be read" },
        { "{\"paragraphId\": 3, \"start\": 99999999999}", "could not be read" },
        { "{\"paragraphId\": 3, \"start\": 1.5}", "could not be read" },
        { "{\"paragraphId\": 3, \"start\": \"0\", \"end\": 2, \"exact\": \"Mr\", \"kind\": \"topic\", \"topic\": {\"name\": \"x\"}}", "$.start" },
        { "{\"paragraphId\": \"3\", \"start\": 0, \"end\": 2, \"exact\": \"Mr\", \"kind\": \"topic\", \"topic\": {\"name\": \"x\"}}", "$.paragraphId" },
        { "{\"paragraphId\": 3, \"sneaky\": true}", "sneaky" },
        { "{\"paragraphId\": 3, \"start\": -5, \"end\": -1, \"exact\": \"x\", \"kind\": \"topic\", \"topic\": {\"name\": \"x\"}}", "start" },
        { "{\"paragraphId\": 3, \"start\": 2147483646, \"end\": 2147483647, \"exact\": \"x\", \"kind\": \"topic\", \"topic\": {\"name\": \"x\"}}", "paragraph" },
        { "{\"paragraphId\": 3, \"start\": 0, \"end\": 2, \"exact\": \"Mr\", \"kind\": \"quote\", \"person\": \"Mike\"}", "could not be read" },
        { "null", "needs a JSON body" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Post_BadBody_Is400ProblemSayingWhatIsWrong_AndStoresNothing(string json, string mention)
    {
        var api = app.CreateTokenClient(await app.CreateUserAsync("Abe"));
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        var response = await api.PostAsync($"/api/articles/{Seed.Slug}/annotations", content);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(mention, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", text);
        Assert.Empty((await api.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/annotations")).EnumerateArray());
    }

    [Fact]
    public async Task Post_TenMegabyteBody_Is413()
    {
        var api = app.CreateTokenClient(await app.CreateUserAsync("Big"));
        var huge = "{\"note\": \"" + new string('x', 10 * 1024 * 1024) + "\"}";
        using var content = new StringContent(huge, Encoding.UTF8, "application/json");

        var response = await api.PostAsync($"/api/articles/{Seed.Slug}/annotations", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("at most", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/articles/..%2F..%2Fetc%2Fpasswd/annotations")]
    [InlineData("/api/articles/%3Cscript%3E/annotations")]
    [InlineData("/api/articles/" + "aaaaaaaaaa" + "aaaaaaaaaa" + "aaaaaaaaaa" + "aaaaaaaaaa" + "aaaaaaaaaa" + "aaaaaaaaaa" + "aaaaaaaaaa" + "aaaaaaaaaa" + "aaaaaaaaaa" + "/annotations")]
    public async Task SlugTricks_Are404(string url)
    {
        var api = app.CreateTokenClient(await app.CreateUserAsync("Pat"));

        var get = await api.GetAsync(url);
        var post = await api.PostAsJsonAsync(url, new { paragraphId = 1, start = 0, end = 2, exact = "Mr", kind = "topic", topic = new { name = "x" } });

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    [Fact]
    public async Task DotSegmentsInASlug_AreResolvedAsUrlsAre_AndReachNoArticle()
    {
        var api = app.CreateTokenClient(await app.CreateUserAsync("Pat"));
        const string url = "/api/articles/%2e%2e/annotations";

        // "/api/articles/../annotations" is "/api/annotations" (RFC 3986 removes dot segments): the corpus's export, a
        // public read; writing there is not a thing.
        var get = await api.GetAsync(url);
        var post = await api.PostAsJsonAsync(url, new { paragraphId = 1, start = 0, end = 2, exact = "Mr", kind = "topic", topic = new { name = "x" } });

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal("AnnotationCollection", (await get.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    [Theory]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("Bearer nr_revoked")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer " + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    public async Task BadCredentials_Are401_NeverARedirect(string authorization)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Delete, "/api/annotations/1");
        request.Headers.TryAddWithoutValidation("Authorization", authorization);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ExpiredToken_Is401_WhileAFreshOneWorks()
    {
        var user = await app.CreateUserAsync("Eve");
        string expired;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsReader.Web.Data.NewsReaderDbContext>();
            var (token, secret) = NewsReader.Web.Accounts.ApiToken.Issue(user.Id, "old", DateTimeOffset.UtcNow.AddDays(-31), TimeSpan.FromDays(30));
            db.ApiTokens.Add(token);
            await db.SaveChangesAsync();
            expired = secret;
        }

        var old = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        old.DefaultRequestHeaders.Authorization = new("Bearer", expired);
        var fresh = app.CreateTokenClient(user);

        // A write to nothing: 401 for the expired token, 404 (signed in, nothing there) for the fresh one.
        // Nothing is created, so the other tests sharing this app still see no annotations.
        Assert.Equal(HttpStatusCode.Unauthorized, (await old.DeleteAsync("/api/annotations/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fresh.DeleteAsync("/api/annotations/999999")).StatusCode);
    }

    [Fact]
    public async Task Responses_CarrySecurityHeaders_AndNoInlineScriptIsAllowed()
    {
        var response = await app.CreateClient().GetAsync(Seed.Url);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        var scripts = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src", StringComparison.Ordinal));
        Assert.Equal("script-src 'self'", scripts);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        var page = await response.ToDocumentAsync();
        Assert.All(page.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src"))));
        Assert.Empty(page.QuerySelectorAll("[style], style"));
    }
}

/// <summary>Outside Development the sign-in and antiforgery cookies are Secure, HttpOnly and SameSite.</summary>
public sealed class CookieSecurityTests : IDisposable
{
    private readonly NewsReaderFactory _factory = new NewsReaderFactory().With("Security:SecureCookies", "true");

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Cookies_AreSecureHttpOnlySameSite()
    {
        var user = await _factory.CreateUserAsync("Cora");
        var client = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        var form = await client.GetAsync("/account/login");
        var login = await client.SubmitFormAsync("/account/login", "main form", new Dictionary<string, string> { ["Input.Email"] = user.Email, ["Input.Password"] = user.Password });

        var cookies = form.Headers.GetValues("Set-Cookie").Concat(login.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith("newsreader.auth=", StringComparison.Ordinal));
        Assert.All(cookies, c =>
        {
            Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("httponly", c, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite", c, StringComparison.OrdinalIgnoreCase);
        });
    }
}
