using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsReader.IntegrationTests.Infrastructure;

namespace NewsReader.IntegrationTests.Api;

/// <summary>Who may do what: anonymous / another user / the author / an admin x create / edit / delete.</summary>
public sealed class PermissionTests : IAsyncLifetime, IDisposable
{
    private readonly NewsReaderFactory _factory = new();
    private readonly Dictionary<string, TestUser> _users = [];

    public async Task InitializeAsync()
    {
        _users["author"] = await _factory.CreateUserAsync("Author");
        _users["other"] = await _factory.CreateUserAsync("Other");
        _users["admin"] = await _factory.CreateUserAsync("Adele", admin: true);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("anonymous", HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized)]
    [InlineData("other", HttpStatusCode.Created, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData("author", HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.NoContent)]
    [InlineData("admin", HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.NoContent)]
    public async Task Matrix(string actor, HttpStatusCode create, HttpStatusCode edit, HttpStatusCode delete)
    {
        var author = _factory.CreateTokenClient(_users["author"]);
        var existing = await (await author.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations",
            await Seed.AnnotationFor(author, "Ben Wallace", "person", person: new { name = "Ben Wallace" }))).Content.ReadFromJsonAsync<JsonElement>();
        var id = existing.GetProperty("id").GetInt32();
        var client = actor == "anonymous" ? _factory.CreateClient() : _factory.CreateTokenClient(_users[actor]);

        var created = await client.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", await Seed.AnnotationFor(client, "5G", "topic", topic: new { name = "5G" }));
        var edited = await client.PatchAsJsonAsync($"/api/annotations/{id}", new { note = $"edited by {actor}" });
        var deleted = await client.DeleteAsync($"/api/annotations/{id}");

        Assert.Equal((create, edit, delete), (created.StatusCode, edited.StatusCode, deleted.StatusCode));
        var remaining = await _factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/annotations");
        Assert.Equal(delete == HttpStatusCode.NoContent, remaining.EnumerateArray().All(a => a.GetProperty("id").GetInt32() != id));
    }

    [Fact]
    public async Task CookieRequest_WithoutAntiforgeryToken_IsRefused_AndWithItSucceeds()
    {
        var browser = await _factory.CreateSignedInClientAsync(_users["author"]);
        var body = await Seed.AnnotationFor(browser, Seed.QuoteText, "quote", person: new { name = "Mike Pompeo" });

        var without = await browser.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", body);
        var token = await browser.GetAntiforgeryTokenAsync(Seed.Url);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/articles/{Seed.Slug}/annotations") { Content = JsonContent.Create(body) };
        request.Headers.Add("RequestVerificationToken", token);
        var with = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);
        Assert.Contains("antiforgery", await without.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Created, with.StatusCode);
    }
}
