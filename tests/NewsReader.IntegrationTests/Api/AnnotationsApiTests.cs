using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsReader.IntegrationTests.Infrastructure;

namespace NewsReader.IntegrationTests.Api;

public sealed class AnnotationsApiTests : IAsyncLifetime, IDisposable
{
    private readonly NewsReaderFactory _factory = new();
    private TestUser _author = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _author = await _factory.CreateUserAsync("Ana");
        _client = _factory.CreateTokenClient(_author);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Create_Quote_Returns201WithLocation_AndTheListShowsIt()
    {
        var body = await Seed.AnnotationFor(_client, Seed.QuoteText, "quote", person: new { name = "Mike Pompeo" }, note: "Said before the *May* visit.");

        var response = await _client.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal($"/api/annotations/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal("quote", created.GetProperty("kind").GetString());
        Assert.Equal(Seed.QuoteText, created.GetProperty("exact").GetString());
        Assert.Equal("Mike Pompeo", created.GetProperty("person").GetProperty("name").GetString());
        Assert.Equal("mike-pompeo", created.GetProperty("person").GetProperty("slug").GetString());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("topic").ValueKind);
        Assert.Equal("Ana", created.GetProperty("author").GetString());
        Assert.Equal(created.GetProperty("createdAt").GetString(), created.GetProperty("updatedAt").GetString());

        var list = await _factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/annotations");
        var listed = Assert.Single(list.EnumerateArray());
        Assert.Equal(id, listed.GetProperty("id").GetInt32());
        Assert.Equal(body["paragraphId"], listed.GetProperty("paragraphId").GetInt32());
        Assert.Equal(body["start"], listed.GetProperty("start").GetInt32());
        Assert.Equal(body["end"], listed.GetProperty("end").GetInt32());
        Assert.Equal("Said before the *May* visit.", listed.GetProperty("note").GetString());
        Assert.True(listed.TryGetProperty("createdAt", out _));
    }

    [Fact]
    public async Task Create_ByName_ReusesThePerson_IgnoringCaseAndDiacritics_AndTopicsLikewise()
    {
        var first = await CreateAsync(await Seed.AnnotationFor(_client, "Ben Wallace", "person", person: new { name = "Ben Wallace" }));
        var second = await CreateAsync(await Seed.AnnotationFor(_client, "Mr Wallace", "person", person: new { name = "  BÉN   wallace " }));
        var topicA = await CreateAsync(await Seed.AnnotationFor(_client, "5G network", "topic", topic: new { name = "5G" }));
        var topicB = await CreateAsync(await Seed.AnnotationFor(_client, "Huawei 5G deal", "topic", topic: new { slug = "5g" }));

        Assert.Equal("ben-wallace", first.GetProperty("person").GetProperty("slug").GetString());
        Assert.Equal("ben-wallace", second.GetProperty("person").GetProperty("slug").GetString());
        Assert.Equal("Ben Wallace", second.GetProperty("person").GetProperty("name").GetString());
        Assert.Equal("5g", topicA.GetProperty("topic").GetProperty("slug").GetString());
        Assert.Equal("5g", topicB.GetProperty("topic").GetProperty("slug").GetString());
        var people = await _client.GetFromJsonAsync<JsonElement>("/api/people?q=wallace");
        Assert.Single(people.EnumerateArray());
    }

    [Fact]
    public async Task Create_TheSameNewPersonFromManyRequestsAtOnce_MakesOnePerson()
    {
        var bodies = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Seed.AnnotationFor(_client, "Tom Tugendhat", "person", person: new { name = "Tom Tugendhat" })));

        var responses = await Task.WhenAll(bodies.Select(b => _client.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", b)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var people = await _client.GetFromJsonAsync<JsonElement>("/api/people?q=tugendhat");
        Assert.Single(people.EnumerateArray());
    }

    [Fact]
    public async Task Create_MalformedJson_Is400ProblemDetails()
    {
        using var content = new StringContent("{\"paragraphId\": \"three\"", System.Text.Encoding.UTF8, "application/json");

        var response = await _client.PostAsync($"/api/articles/{Seed.Slug}/annotations", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Create_OverlappingAndNestedAnnotations_AreAllKept()
    {
        var sentence = "Mr Pompeo previously said Huawei equipment posed a spying risk";
        await CreateAsync(await Seed.AnnotationFor(_client, sentence, "quote", person: new { name = "Narrator" }));
        await CreateAsync(await Seed.AnnotationFor(_client, "Mr Pompeo", "person", person: new { name = "Mike Pompeo" }));
        await CreateAsync(await Seed.AnnotationFor(_client, "Huawei equipment posed", "topic", topic: new { name = "Huawei" }));
        await CreateAsync(await Seed.AnnotationFor(_client, "spying risk, adding", "topic", topic: new { name = "Espionage" }));

        var list = await _client.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/annotations");

        Assert.Equal(4, list.GetArrayLength());
    }

    public static TheoryData<string, string, object?> InvalidRequests => new()
    {
        { "start", "between 0", new { start = -1 } },
        { "end", "runs past the end", new { end = 10_000 } },
        { "end", "cannot be empty", new { end = "START" } },
        { "exact", "does not match", new { exact = "something else entirely" } },
        { "exact", "required", new { exact = "" } },
        { "kind", "quote", new { kind = "rumour" } },
        { "kind", "quote", new { kind = (string?)null } },
        { "person", "needs its speaker", new { person = (object?)null } },
        { "note", "10,000", new { note = new string('n', 10_001) } },
        { "person", "200", new { person = new { name = new string('x', 201) } } },
        { "person", "empty", new { person = new { name = "   " } } },
        { "person", "slug", new { person = new { slug = "nobody-at-all" } } },
        { "paragraphId", "not part of", new { paragraphId = 999_999 } },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task Create_Invalid_Is400ProblemDetailsSayingWhatIsWrong(string field, string message, object? change)
    {
        var body = await Seed.AnnotationFor(_client, Seed.QuoteText, "quote", person: new { name = "Mike Pompeo" });
        foreach (var property in change!.GetType().GetProperties())
        {
            var value = property.GetValue(change);
            body[property.Name] = value is "START" ? body["start"] : value;
        }

        if (field == "start")
        {
            body["end"] = 3;
        }

        var response = await _client.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", body);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(errors, e => e.Contains(message, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task BothSlugAndName_AreAcceptedWhenTheyAgree_AndRefusedWhenTheNameWouldBeIgnored()
    {
        // The probe (issue 10): { slug, name } used the slug and dropped the name without a word.
        var url = $"/api/articles/{Seed.Slug}/annotations";
        var quote = await CreateAsync(await Seed.AnnotationFor(_client, Seed.QuoteText, "quote", person: new { name = "Mike Pompeo" }));
        await CreateAsync(await Seed.AnnotationFor(_client, "5G network", "topic", topic: new { name = "5G" }));

        var echoed = await _client.PostAsJsonAsync(url, await Seed.AnnotationFor(_client, "Mr Pompeo", "person", person: quote.GetProperty("person")));
        var person = await _client.PostAsJsonAsync(url, await Seed.AnnotationFor(_client, "Mr Pompeo", "person", person: new { slug = "mike-pompeo", name = "Ben Wallace" }));
        var topic = await _client.PostAsJsonAsync(url, await Seed.AnnotationFor(_client, "Huawei", "topic", topic: new { slug = "5g", name = "Huawei" }));
        var patched = await _client.PatchAsJsonAsync($"/api/annotations/{quote.GetProperty("id").GetInt32()}", new { person = new { slug = "mike-pompeo", name = "Ben Wallace" } });

        Assert.Equal(HttpStatusCode.Created, echoed.StatusCode);
        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest], new[] { person.StatusCode, topic.StatusCode, patched.StatusCode });
        Assert.Contains("not both", await ErrorAsync(person, "person"), StringComparison.Ordinal);
        Assert.Contains("not both", await ErrorAsync(topic, "topic"), StringComparison.Ordinal);
        Assert.Contains("not both", await ErrorAsync(patched, "person"), StringComparison.Ordinal);
        Assert.DoesNotContain("ben-wallace", await _client.GetStringAsync("/api/people"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_SelectionAcrossParagraphs_IsRefusedWithAMessageThatSaysSo()
    {
        var paragraphs = await Seed.ParagraphsAsync(_client);
        var (id, text) = paragraphs[2];
        var body = new Dictionary<string, object?>
        {
            ["paragraphId"] = id, ["start"] = text.Length - 5, ["end"] = text.Length + 20,
            ["exact"] = text[^5..] + " " + paragraphs[3].Text[..19], ["kind"] = "topic", ["topic"] = new { name = "Spanning" },
        };

        var response = await _client.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", body);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("within one paragraph", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Create_UnknownArticle_Is404()
    {
        var body = await Seed.AnnotationFor(_client, Seed.QuoteText, "quote", person: new { name = "X" });

        var response = await _client.PostAsJsonAsync("/api/articles/no-such-article/annotations", body);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Patch_ChangesOnlyTheFieldsSent()
    {
        var created = await CreateAsync(await Seed.AnnotationFor(_client, "Ben Wallace", "person", person: new { name = "Ben Wallace" }, note: "first"));
        var id = created.GetProperty("id").GetInt32();

        var noted = await _client.PatchAsJsonAsync($"/api/annotations/{id}", new { note = "second" });
        var retyped = await _client.PatchAsJsonAsync($"/api/annotations/{id}", new { kind = "topic", topic = new { name = "Defence" } });
        var cleared = await _client.PatchAsJsonAsync($"/api/annotations/{id}", new { note = (string?)null });
        var moved = await _client.PatchAsJsonAsync($"/api/annotations/{id}", new { start = 0 });

        Assert.Equal("second", (await noted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("note").GetString());
        var afterRetype = await retyped.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("topic", afterRetype.GetProperty("kind").GetString());
        Assert.Equal("Defence", afterRetype.GetProperty("topic").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, afterRetype.GetProperty("person").ValueKind);
        Assert.Equal("second", afterRetype.GetProperty("note").GetString());
        Assert.Equal(JsonValueKind.Null, (await cleared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("note").ValueKind);
        Assert.Equal(HttpStatusCode.BadRequest, moved.StatusCode);
    }

    [Fact]
    public async Task Anonymous_Writes_Get401_NotARedirect()
    {
        var anonymous = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var body = await Seed.AnnotationFor(anonymous, Seed.QuoteText, "quote", person: new { name = "Mike Pompeo" });

        var post = await anonymous.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", body);
        var patch = await anonymous.PatchAsJsonAsync("/api/annotations/1", new { note = "x" });
        var delete = await anonymous.DeleteAsync("/api/annotations/1");

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], new[] { post.StatusCode, patch.StatusCode, delete.StatusCode });
        Assert.Null(post.Headers.Location);
    }

    [Fact]
    public async Task RevokedOrUnknownToken_Is401()
    {
        var stranger = _factory.CreateClient();
        stranger.DefaultRequestHeaders.Authorization = new("Bearer", "nr_not-a-real-token");

        var response = await stranger.DeleteAsync("/api/annotations/1");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<string> ErrorAsync(HttpResponseMessage response, string field)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return string.Join(" ", problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()));
    }

    private async Task<JsonElement> CreateAsync(Dictionary<string, object?> body)
    {
        var response = await _client.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
