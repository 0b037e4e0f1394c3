using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsReader.IntegrationTests.Infrastructure;

namespace NewsReader.IntegrationTests.Api;

/// <summary>Admins rename and merge people and topics; nobody else may.</summary>
public sealed class NamesAdminApiTests : IAsyncLifetime, IDisposable
{
    private readonly NewsReaderFactory _factory = new();
    private HttpClient _user = null!;
    private HttpClient _admin = null!;

    public async Task InitializeAsync()
    {
        _user = _factory.CreateTokenClient(await _factory.CreateUserAsync("Uma"));
        _admin = _factory.CreateTokenClient(await _factory.CreateUserAsync("Ada", admin: true));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task MergePeople_MovesAnnotations_UnitesAliases_AndTheOldAddressRedirects()
    {
        await TagAsync(Seed.QuoteText, "quote", new { name = "Mike Pompeo" });
        var stray = await TagAsync("Mr Pompeo", "person", new { name = "M. Pompeo" });

        var refused = await _user.PostAsJsonAsync("/api/people/m-pompeo/merge", new { into = "mike-pompeo" });
        var merged = await _admin.PostAsJsonAsync("/api/people/m-pompeo/merge", new { into = "mike-pompeo" });
        var person = await merged.Content.ReadFromJsonAsync<JsonElement>();
        var annotations = await _user.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/annotations");
        var oldPage = await _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/people/m-pompeo");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        Assert.Contains("M. Pompeo", person.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.All(annotations.EnumerateArray(), a => Assert.Equal("mike-pompeo", a.GetProperty("person").GetProperty("slug").GetString()));
        Assert.Contains(annotations.EnumerateArray(), a => a.GetProperty("id").GetInt32() == stray);
        Assert.Equal(HttpStatusCode.MovedPermanently, oldPage.StatusCode);
        Assert.Equal("/people/mike-pompeo", oldPage.Headers.Location!.OriginalString);
        var byAlias = await _user.GetFromJsonAsync<JsonElement>("/api/people?q=M.%20Pompeo");
        Assert.Equal("mike-pompeo", byAlias[0].GetProperty("slug").GetString());
    }

    [Fact]
    public async Task EditPerson_RenamesKeepingTheOldNameAsAlias_AndRefusesATakenName()
    {
        await TagAsync("Ben Wallace", "person", new { name = "Ben Wallace" });
        await TagAsync("Tom Tugendhat", "person", new { name = "Tom Tugendhat" });

        var renamed = await _admin.PatchAsJsonAsync("/api/people/ben-wallace", new { name = "Robert Ben Lobban Wallace", description = "UK Defence Secretary" });
        var clash = await _admin.PatchAsJsonAsync("/api/people/tom-tugendhat", new { name = "robert ben lobban WALLACE" });
        var byUser = await _user.PatchAsJsonAsync("/api/people/ben-wallace", new { name = "Hacked" });

        var person = await renamed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Robert Ben Lobban Wallace", person.GetProperty("name").GetString());
        Assert.Equal("ben-wallace", person.GetProperty("slug").GetString());
        Assert.Contains("Ben Wallace", person.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, clash.StatusCode);
        Assert.Contains("merge", await clash.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, byUser.StatusCode);
    }

    [Fact]
    public async Task MergeTopics_MovesAnnotations_AndRedirects()
    {
        await TagAsync("5G network", "topic", topic: new { name = "5G" });
        await TagAsync("Huawei 5G deal", "topic", topic: new { name = "Fifth generation" });

        var merged = await _admin.PostAsJsonAsync("/api/topics/fifth-generation/merge", new { into = "5g" });
        var page = await _factory.CreateClient().GetDocumentAsync("/topics/fifth-generation");

        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        Assert.Equal("5G", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll("main li a[href^='/articles/']").Length);
    }

    private async Task<int> TagAsync(string exact, string kind, object? person = null, object? topic = null)
    {
        var response = await _user.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", await Seed.AnnotationFor(_user, exact, kind, person, topic));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }
}
