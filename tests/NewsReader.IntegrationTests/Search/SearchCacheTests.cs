using System.Net.Http.Json;
using System.Text.Json;
using NewsReader.IntegrationTests.Infrastructure;
using NewsReader.IntegrationTests.Pages.People;

namespace NewsReader.IntegrationTests.Search;

/// <summary>Search results are kept in memory until anything is written (issue 12); no write may be hidden by them.</summary>
public sealed class SearchCacheTests : IDisposable
{
    private readonly NewsReaderFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AnArticleStoredAndAQuoteTagged_ShowInTheNextSearch()
    {
        var reader = _factory.CreateClient();
        var before = await SearchAsync(reader, "lighthouse");

        await _factory.ImportAsync("lighthouse.txt", "Lighthouse saved\n\nThe old lighthouse will stay, the council said.\n");
        var afterImport = await SearchAsync(reader, "lighthouse");

        var tagger = _factory.CreateTokenClient(await _factory.CreateUserAsync("keeper"));
        await tagger.TagAsync("lighthouse-saved", "The old lighthouse will stay", "quote", new { name = "Ina Keeper" });
        var afterTag = await SearchAsync(reader, "lighthouse");

        Assert.Equal(0, before.GetProperty("articles").GetProperty("total").GetInt32());
        Assert.Equal(1, afterImport.GetProperty("articles").GetProperty("total").GetInt32());
        Assert.Empty(afterImport.GetProperty("quotes").EnumerateArray());
        Assert.Equal("The old lighthouse will stay", afterTag.GetProperty("quotes")[0].GetProperty("exact").GetString());
    }

    private static Task<JsonElement> SearchAsync(HttpClient client, string query) =>
        client.GetFromJsonAsync<JsonElement>($"/api/search?q={Uri.EscapeDataString(query)}");
}
