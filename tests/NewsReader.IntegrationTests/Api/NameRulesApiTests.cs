using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.IntegrationTests.Infrastructure;
using NewsReader.Web.Data;

namespace NewsReader.IntegrationTests.Api;

/// <summary>
/// The probe's names (issue 10): every way a person, alias or topic name enters the API answers 400 naming
/// the field, with what is wrong; names in other scripts are kept and get a slug that says what they are.
/// </summary>
public sealed class NameRulesApiTests : IAsyncLifetime, IDisposable
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

    [Theory]
    [InlineData("person", "\u200C\u200D", "visible letter or digit")]
    [InlineData("person", "\u200B", "U+200B")]
    [InlineData("person", "Evil\u202Eeteled", "bidirectional")]
    [InlineData("topic", "\uFEFF", "U+FEFF")]
    [InlineData("topic", "\u2066Isolated\u2069", "bidirectional")]
    public async Task Tagging_WithARefusedName_Is400NamingTheField_AndCreatesNobody(string field, string name, string expected)
    {
        var body = await Seed.AnnotationFor(_user, "Mr Pompeo", field, person: field == "person" ? new { name } : null, topic: field == "topic" ? new { name } : null);

        var response = await _user.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await ErrorAsync(response, field), StringComparison.Ordinal);
        Assert.Empty((await _user.GetFromJsonAsync<JsonElement[]>($"/api/{(field == "person" ? "people" : "topics")}"))!);
    }

    [Fact]
    public async Task A_name_in_another_script_is_kept_and_its_slug_says_person_or_topic_not_article()
    {
        var person = await TagAsync("Mr Pompeo", "person", new { name = "\u674E\u5C0F\u9F8D" });
        var topic = await TagAsync("Huawei", "topic", topic: new { name = "\u534E\u4E3A" });

        Assert.Equal(("\u674E\u5C0F\u9F8D", "person"), (person.GetProperty("person").GetProperty("name").GetString(), person.GetProperty("person").GetProperty("slug").GetString()));
        Assert.Equal("topic", topic.GetProperty("topic").GetProperty("slug").GetString());
    }

    [Theory]
    [InlineData("{ \"name\": \"\\u200D\" }", "name", "visible letter or digit")]
    [InlineData("{ \"name\": \"Mike \\u202EPompeo\" }", "name", "bidirectional")]
    [InlineData("{ \"aliases\": [\"Pompeo\", \"\\u2060\"] }", "aliases", "U+2060")]
    public async Task EditPerson_WithARefusedName_Is400NamingTheField_AndChangesNothing(string json, string field, string expected)
    {
        await TagAsync("Mr Pompeo", "person", new { name = "Mike Pompeo" });

        var response = await _admin.PatchAsync("/api/people/mike-pompeo", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        var person = await _user.GetFromJsonAsync<JsonElement>("/api/people/mike-pompeo");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await ErrorAsync(response, field), StringComparison.Ordinal);
        Assert.Equal("Mike Pompeo", person.GetProperty("name").GetString());
        Assert.Empty(person.GetProperty("aliases").EnumerateArray());
    }

    [Fact]
    public async Task EditTopic_WithARefusedName_Is400NamingTheField()
    {
        await TagAsync("Huawei", "topic", topic: new { name = "Huawei" });

        var response = await _admin.PatchAsJsonAsync("/api/topics/huawei", new { name = "\u200D\u200D" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("visible letter or digit", await ErrorAsync(response, "name"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_stored_before_the_rules_still_reads_renames_and_merges()
    {
        await TagAsync("Mr Pompeo", "person", new { name = "Mike Pompeo" });
        await TagAsync(Seed.QuoteText, "quote", new { name = "Legacy" });
        await TagAsync("Huawei", "person", new { name = "Other Legacy" });
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            // Written straight to the table, as rows saved before the rules could be.
            var db = scope.ServiceProvider.GetRequiredService<NewsReaderDbContext>();
            await db.People.Where(p => p.Slug == "legacy" || p.Slug == "other-legacy")
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Name, p => p.Slug == "legacy" ? "\u200B" : "\u200C\u200D").SetProperty(p => p.Key, p => p.Slug == "legacy" ? "\u200B" : "\u200C\u200D"));
        }

        var read = await _user.GetAsync("/api/people/legacy");
        var renamed = await _admin.PatchAsJsonAsync("/api/people/legacy", new { name = "Renamed Legacy" });
        var merged = await _admin.PostAsJsonAsync("/api/people/other-legacy/merge", new { into = "mike-pompeo" });

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Empty((await renamed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("aliases").EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        Assert.Empty((await merged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("aliases").EnumerateArray());
    }

    private static async Task<string> ErrorAsync(HttpResponseMessage response, string field)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return string.Join(" ", problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()));
    }

    private async Task<JsonElement> TagAsync(string exact, string kind, object? person = null, object? topic = null)
    {
        var response = await _user.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", await Seed.AnnotationFor(_user, exact, kind, person, topic));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
