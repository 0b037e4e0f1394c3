using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsReader.IntegrationTests.Infrastructure;

namespace NewsReader.IntegrationTests.Api;

/// <summary>
/// A NUL (U+0000) typed into a note, a filter or a search is kept as U+FFFD, as browsers show it, on either
/// database: PostgreSQL's text cannot hold NUL, and a NUL in a request used to be a 500 there.
/// </summary>
public sealed class NulCharacterTests : IDisposable
{
    private readonly NewsReaderFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ANoteWithANul_IsStoredWithTheReplacementCharacter()
    {
        var api = _factory.CreateTokenClient(await _factory.CreateUserAsync("Nel"));

        var created = await api.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", await Seed.AnnotationFor(api, "5G", "topic", topic: new { name = "5G" }, note: "before\0after"));

        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var listed = await api.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/annotations");
        Assert.Equal("before\uFFFDafter", listed.EnumerateArray().Single().GetProperty("note").GetString());
    }

    [Theory]
    [InlineData("/people?q=mike%00pompeo")]
    [InlineData("/topics?q=5%00G")]
    [InlineData("/search?q=huawei%00")]
    [InlineData("/api/people?q=po%00m")]
    public async Task AFilterOrSearchWithANul_IsAnsweredNormally(string url)
    {
        var response = await _factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
