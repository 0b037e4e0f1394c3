using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsReader.IntegrationTests.Infrastructure;
using NewsReader.IntegrationTests.Pages.People;

namespace NewsReader.IntegrationTests.Api;

/// <summary>
/// The type-ahead (<c>/api/people?q=</c>) ranks a list of names it keeps in memory (issue 12): it must
/// rank people tagged often first, and it must never miss a person made since, by this process or another.
/// </summary>
public sealed class TypeAheadTests : IDisposable
{
    private readonly NewsReaderFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task PeopleTaggedMore_ComeFirst_AmongNamesThatMatchAsWell()
    {
        var tagger = _factory.CreateTokenClient(await _factory.CreateUserAsync("typist"));
        await tagger.TagAsync(Seed.Slug, "Mike Pompeo", "person", new { name = "Zoe Raab" });
        await tagger.TagAsync(Seed.Slug, "Dominic Raab", "person", new { name = "Dominic Raab" });
        await tagger.TagAsync(Seed.Slug, Seed.QuoteText, "quote", new { name = "Dominic Raab" });

        var names = await Names("raab");
        var empty = await Names(string.Empty);

        Assert.Equal(["dominic-raab", "zoe-raab"], names);
        Assert.Equal("dominic-raab", empty[0]); // an empty picker offers the most tagged first
    }

    [Fact]
    public async Task APersonMadeByATag_IsFoundAtOnce_AndOneWrittenByAnotherProcessOnTheNextRequest()
    {
        var tagger = _factory.CreateTokenClient(await _factory.CreateUserAsync("typist"));
        Assert.Empty(await Names("quill")); // the list is loaded (and kept) now

        await tagger.TagAsync(Seed.Slug, "Mike Pompeo", "person", new { name = "Ada Quill" });
        var afterTag = await Names("quill");

        // Another process (a second instance, a script) adds a person straight to the database.
        await _factory.Folder.ExecuteAsync("""INSERT INTO "People" ("Name", "Slug", "Key", "CreatedAt") VALUES ('Bea Quill', 'bea-quill', 'bea quill', 1)""");

        var afterOther = await Names("quill");

        Assert.Equal(["ada-quill"], afterTag);
        Assert.Equal(["ada-quill", "bea-quill"], afterOther);
    }

    private async Task<List<string>> Names(string query) =>
        [.. (await _factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/people?q={Uri.EscapeDataString(query)}"))
            .EnumerateArray().Select(p => p.GetProperty("slug").GetString()!)];
}
