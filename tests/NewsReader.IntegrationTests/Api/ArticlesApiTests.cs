using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsReader.IntegrationTests.Infrastructure;

namespace NewsReader.IntegrationTests.Api;

public sealed class ArticlesApiTests : IDisposable
{
    private const string SeedSlug = "mike-pompeo-flies-to-uk-for-talks-amid-us-huawei-concern";
    private readonly NewsReaderFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task List_ReturnsTotalPageAndCamelCaseItems()
    {
        var json = await _factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/articles?page=1&pageSize=20");

        Assert.Equal(1, json.GetProperty("total").GetInt32());
        Assert.Equal(1, json.GetProperty("page").GetInt32());
        Assert.Equal(20, json.GetProperty("pageSize").GetInt32());
        var item = Assert.Single(json.GetProperty("items").EnumerateArray());
        Assert.Equal(SeedSlug, item.GetProperty("slug").GetString());
        Assert.Equal("Mike Pompeo flies to UK for talks amid US Huawei concern", item.GetProperty("title").GetString());
        Assert.Equal(397, item.GetProperty("wordCount").GetInt32());
        Assert.Equal(19, item.GetProperty("paragraphCount").GetInt32());
    }

    [Fact]
    public async Task List_PagesWithThePageSizeAsked()
    {
        for (var i = 0; i < 5; i++)
        {
            await _factory.ImportAsync($"api/{i}.txt", $"Api story {i}\n\nText {i}.");
        }

        var json = await _factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/articles?page=2&pageSize=4");

        Assert.Equal(6, json.GetProperty("total").GetInt32());
        Assert.Equal(["Api story 0", "Mike Pompeo flies to UK for talks amid US Huawei concern"],
            json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
    }

    [Theory]
    [InlineData("/api/articles?pageSize=101")]
    [InlineData("/api/articles?pageSize=0")]
    [InlineData("/api/articles?page=0")]
    [InlineData("/api/articles?page=abc")]
    public async Task List_BadPaging_Is400ProblemDetails(string url)
    {
        var response = await _factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Get_ReturnsParagraphsWithIdsOrdinalsAndKinds()
    {
        var json = await _factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/articles/{SeedSlug}");

        Assert.Equal(SeedSlug, json.GetProperty("slug").GetString());
        Assert.Equal("000_9ecbe9413df941fa.txt", json.GetProperty("sourcePath").GetString());
        var paragraphs = json.GetProperty("paragraphs").EnumerateArray().ToList();
        Assert.Equal(19, paragraphs.Count);
        Assert.Equal(Enumerable.Range(0, 19), paragraphs.Select(p => p.GetProperty("ordinal").GetInt32()));
        Assert.Equal("caption", paragraphs[0].GetProperty("kind").GetString());
        Assert.Equal("body", paragraphs[1].GetProperty("kind").GetString());
        Assert.Equal("The two men will meet for talks later.", paragraphs[4].GetProperty("text").GetString());
        Assert.Equal(19, paragraphs.Select(p => p.GetProperty("id").GetInt32()).Distinct().Count());
    }

    [Fact]
    public async Task Get_UnknownSlug_Is404ProblemDetails()
    {
        var response = await _factory.CreateClient().GetAsync("/api/articles/nope");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("nope", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Healthz_Is200WhenTheDatabaseAnswers()
    {
        var response = await _factory.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
