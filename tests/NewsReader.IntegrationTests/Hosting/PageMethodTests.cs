using System.Net;
using NewsReader.IntegrationTests.Infrastructure;
using NewsReader.IntegrationTests.Pages.People;

namespace NewsReader.IntegrationTests.Hosting;

/// <summary>
/// Issue 10, finding 5: a page answers 405 with an Allow header to a method it has no handler for,
/// instead of rendering without its model (a 500 logged as an error).
/// </summary>
public sealed class PageMethodTests(PageMethodTests.App app) : IClassFixture<PageMethodTests.App>
{
    public static TheoryData<string, string, string> Refused => new()
    {
        { "TRACE", "/articles/" + Seed.Slug, "GET, HEAD, POST" },
        { "TRACE", "/people/mike-pompeo", "GET, HEAD, POST" },
        { "TRACE", "/topics/huawei", "GET, HEAD, POST" },
        { "PUT", "/articles/" + Seed.Slug, "GET, HEAD, POST" },
        { "DELETE", "/people/mike-pompeo", "GET, HEAD, POST" },
        { "PATCH", "/topics/huawei", "GET, HEAD, POST" },
        { "OPTIONS", "/", "GET, HEAD" },
        { "TRACE", "/people", "GET, HEAD" },
        { "PUT", "/topics", "GET, HEAD" },
        { "DELETE", "/search?q=huawei", "GET, HEAD" },
        { "PATCH", "/review", "GET, HEAD, POST" },
        { "POST", "/people", "GET, HEAD" },
        { "POST", "/search", "GET, HEAD" },
        { "POST", "/people/mike-pompeo/quotes.csv", "GET, HEAD" },
        { "PUT", "/account/login", "GET, HEAD, POST" },
        { "TRACE", "/account/access-denied", "GET, HEAD" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Page_MethodWithoutHandler_Is405WithAllow(string method, string path, string allow)
    {
        await app.ReadyAsync();

        using var response = await app.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(allow, string.Join(", ", response.Content.Headers.Allow));
        Assert.Contains("Method not allowed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/articles/" + Seed.Slug)]
    [InlineData("/people/mike-pompeo")]
    [InlineData("/review?handler=bogus")]
    public async Task Page_PostNamingNoHandler_Is400(string path)
    {
        await app.ReadyAsync();
        var client = await app.CreateSignedInClientAsync(await app.CreateUserAsync("Pat"));
        var token = await client.GetAntiforgeryTokenAsync(path);

        using var response = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("GET", "/articles/" + Seed.Slug)]
    [InlineData("HEAD", "/articles/" + Seed.Slug)]
    [InlineData("GET", "/people/mike-pompeo")]
    [InlineData("HEAD", "/topics/huawei")]
    public async Task Page_MethodWithHandler_StillServes(string method, string path)
    {
        await app.ReadyAsync();

        using var response = await app.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>One app for every case, with a person and a topic so their pages exist.</summary>
    public sealed class App : NewsReaderFactory
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private bool _ready;

        public async Task ReadyAsync()
        {
            await _gate.WaitAsync();
            try
            {
                if (!_ready)
                {
                    var api = this.CreateTokenClient(await this.CreateUserAsync("Mae"));
                    await api.TagAsync(Seed.Slug, "Mike Pompeo", "person", person: new { name = "Mike Pompeo" });
                    await api.TagAsync(Seed.Slug, "Huawei", "topic", topic: new { name = "Huawei" });
                    _ready = true;
                }
            }
            finally
            {
                _gate.Release();
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _gate.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
