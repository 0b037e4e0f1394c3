using NewsReader.IntegrationTests.Infrastructure;

namespace NewsReader.IntegrationTests.Pages.Articles;

/// <summary>
/// The anonymous article page is what the output cache serves; a change that makes it uncacheable (a
/// cookie on every response, as a [TempData] property once did) must fail here, not go unnoticed.
/// </summary>
public sealed class ArticleCacheTests : IDisposable
{
    private readonly NewsReaderFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AnonymousArticlePage_SetsNoCookie_AndTheSecondAnswerComesFromTheCache()
    {
        var client = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });

        var first = await client.GetAsync(Seed.Url);
        var second = await client.GetAsync(Seed.Url);

        Assert.False(first.Headers.Contains("Set-Cookie"), string.Join(" | ", first.Headers.Select(h => $"{h.Key}: {string.Join(",", h.Value)}")));
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age); // the output cache adds Age to what it serves
    }
}
