using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.IntegrationTests.Infrastructure;
using NewsReader.Web.Ingestion;

namespace NewsReader.IntegrationTests.Reviewing;

/// <summary>
/// An article that names someone by surname alone ("Ms Holloway") was suggested before anyone made the
/// person; accepting it once the full name exists links it to that one person instead of founding a
/// second "Holloway", and makes no guess when two people share the surname.
/// </summary>
public sealed class SurnameLinkTests : IDisposable
{
    private readonly NewsReaderFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ASurnameAlone_LinksToTheOnePersonWithIt_AndToNobodyWhenTwoShareIt()
    {
        var folder = _factory.Folder.Combine("incoming");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "full.txt"), "Minister defends rail plan\n\nTransport Secretary Jane Holloway said the plan was \"the biggest investment in a generation\".\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "surname.txt"), "Rail plan questioned\n\n\"We will not let passengers down,\" Ms Holloway told MPs on Tuesday.\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "surname2.txt"), "Rail plan delayed\n\n\"The money is there,\" Ms Holloway said on Friday.\n");
        await _factory.Services.GetRequiredService<ArticleIngestor>().IngestAsync(folder, null, CancellationToken.None);
        var client = _factory.CreateTokenClient(await _factory.CreateUserAsync("Ian"));

        var before = Quote(await SuggestionsAsync(client, "rail-plan-questioned"));
        Assert.Equal(JsonValueKind.Null, before.GetProperty("person").GetProperty("slug").ValueKind); // nobody yet

        var full = Quote(await SuggestionsAsync(client, "minister-defends-rail-plan"));
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync($"/api/suggestions/{full.GetProperty("id").GetInt32()}/accept", null)).StatusCode);
        var linked = Quote(await SuggestionsAsync(client, "rail-plan-questioned"));
        Assert.Equal("jane-holloway", linked.GetProperty("person").GetProperty("slug").GetString());
        var accepted = await client.PostAsync($"/api/suggestions/{linked.GetProperty("id").GetInt32()}/accept", null);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.Equal("jane-holloway", (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("person").GetProperty("slug").GetString());

        await using (var db = _factory.CreateDbContext())
        {
            Assert.False(await db.People.AnyAsync(p => p.Key == "holloway"));
            db.People.Add(new NewsReader.Web.Domain.Person("Tom Holloway", "tom-holloway", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        }

        // Tom has never been tagged, Jane twice: "Ms Holloway" is Jane's.
        var dominant = Quote(await SuggestionsAsync(client, "rail-plan-delayed"));
        Assert.Equal("jane-holloway", dominant.GetProperty("person").GetProperty("slug").GetString());

        // Named about as often (Jane: two tags and a pending mention; Tom: two tags), neither dominates: no guess.
        foreach (var text in (string[])["Dominic Raab", "Mike Pompeo"])
        {
            var tagged = await client.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", await Seed.AnnotationFor(client, text, "person", person: new { slug = "tom-holloway" }));
            Assert.Equal(HttpStatusCode.Created, tagged.StatusCode);
        }

        var ambiguous = Quote(await SuggestionsAsync(client, "rail-plan-delayed"));
        Assert.Equal(JsonValueKind.Null, ambiguous.GetProperty("person").GetProperty("slug").ValueKind);
        Assert.Equal("Holloway", ambiguous.GetProperty("person").GetProperty("name").GetString());
    }

    [Fact]
    public async Task AFullName_CompletesThePersonKnownBySurnameAlone_AndAKnighthoodIsTheSamePerson()
    {
        var folder = _factory.Folder.Combine("incoming");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "surname.txt"), "Rail plan questioned\n\n\"We will not let passengers down,\" Ms Holloway told MPs on Tuesday.\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "full.txt"), "Minister defends rail plan\n\nTransport Secretary Jane Holloway said the plan was \"the biggest investment in a generation\".\n");
        await _factory.Services.GetRequiredService<ArticleIngestor>().IngestAsync(folder, null, CancellationToken.None);
        var client = _factory.CreateTokenClient(await _factory.CreateUserAsync("Ian"));

        // Accepted first, the surname alone makes a person "Holloway" (nobody else has that surname).
        var bare = Quote(await SuggestionsAsync(client, "rail-plan-questioned"));
        var first = await client.PostAsync($"/api/suggestions/{bare.GetProperty("id").GetInt32()}/accept", null);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal("holloway", (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("person").GetProperty("slug").GetString());

        // The full name then completes that person rather than founding a second one; the slug holds.
        var full = Quote(await SuggestionsAsync(client, "minister-defends-rail-plan"));
        Assert.Equal("Holloway", full.GetProperty("person").GetProperty("completes").GetString()); // said before accepting
        var page = await (await _factory.CreateSignedInClientAsync(await _factory.CreateUserAsync("Ida"))).GetStringAsync("/articles/minister-defends-rail-plan");
        Assert.Contains("names \u201CHolloway\u201D in full", System.Net.WebUtility.HtmlDecode(page));
        var second = await client.PostAsync($"/api/suggestions/{full.GetProperty("id").GetInt32()}/accept", null);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal("holloway", (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("person").GetProperty("slug").GetString());
        await using (var db = _factory.CreateDbContext())
        {
            var person = await db.People.Include(p => p.Aliases).SingleAsync(p => p.Slug == "holloway");
            Assert.Equal("Jane Holloway", person.Name);
            Assert.Contains(person.Aliases, a => a.Name == "Holloway");
            Assert.Equal(2, await db.Annotations.CountAsync(a => a.PersonId == person.Id));
            Assert.False(await db.People.AnyAsync(p => p.Key == "holloway"));
        }

        // "Sir" or not, one person.
        var knight = await client.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", await Seed.AnnotationFor(client, "Dominic Raab", "person", person: new { name = "Sir Dominic Raab" }));
        Assert.Equal(HttpStatusCode.Created, knight.StatusCode);
        var plain = await client.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", await Seed.AnnotationFor(client, "Mike Pompeo", "person", person: new { name = "Dominic Raab" }));
        Assert.Equal(HttpStatusCode.Created, plain.StatusCode);
        Assert.Equal("sir-dominic-raab", (await plain.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("person").GetProperty("slug").GetString());
    }

    private static JsonElement Quote(JsonElement[] list) => Assert.Single(list, s => s.GetProperty("kind").GetString() == "quote");

    private static async Task<JsonElement[]> SuggestionsAsync(HttpClient client, string slug) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/articles/{slug}/suggestions")).EnumerateArray()];
}
