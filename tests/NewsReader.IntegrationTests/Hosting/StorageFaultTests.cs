using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.IntegrationTests.Infrastructure;

namespace NewsReader.IntegrationTests.Hosting;

/// <summary>A full disk or a read-only database: 503 with a clear message, nothing damaged, recovery when it passes.</summary>
public sealed class StorageFaultTests : IAsyncLifetime, IDisposable
{
    private readonly StorageFault _fault = new();
    private readonly NewsReaderFactory _factory;
    private HttpClient _api = null!;

    public StorageFaultTests() => _factory = new NewsReaderFactory().WithServices(s => s.AddSingleton<IInterceptor>(_fault));

    public async Task InitializeAsync() => _api = _factory.CreateTokenClient(await _factory.CreateUserAsync("Fay"));

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData(13, "disk is full")]
    [InlineData(8, "read-only")]
    [InlineData(5, "busy")]
    public async Task Write_WhenStorageFails_Is503_ThenRecovers(int fault, string reason)
    {
        var body = await Seed.AnnotationFor(_api, "5G", "topic", topic: new { name = "5G" });
        var before = await _api.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", body);

        _fault.Code = fault;
        var during = await _api.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", body);
        var problem = await during.Content.ReadFromJsonAsync<JsonElement>();
        var readsStillWork = await _api.GetAsync($"/api/articles/{Seed.Slug}/annotations");
        _fault.Code = 0;
        var after = await _api.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", body);

        Assert.Equal(HttpStatusCode.Created, before.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
        Assert.Contains(reason, problem.GetProperty("detail").GetString());
        Assert.DoesNotContain("   at ", await during.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, readsStillWork.StatusCode);
        Assert.Equal(HttpStatusCode.Created, after.StatusCode);
        var stored = await _api.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}/annotations");
        Assert.Equal(2, stored.GetArrayLength());
    }

    [Fact]
    public async Task UnexpectedError_InTheApi_Is500ProblemDetails_WithARequestId_AndNoInternals()
    {
        var body = await Seed.AnnotationFor(_api, "5G", "topic", topic: new { name = "5G" });
        _fault.Code = -1;

        var response = await _api.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", body);
        _fault.Code = 0;
        var text = await response.Content.ReadAsStringAsync();
        var problem = JsonDocument.Parse(text).RootElement;

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("requestId").GetString()));
        Assert.DoesNotContain("secret internals", text);
        Assert.DoesNotContain("   at ", text);
    }

    [Fact]
    public async Task PageWrite_WhenTheDiskIsFull_ShowsTheFriendlyPageWith503()
    {
        var browser = await _factory.CreateSignedInClientAsync(await _factory.CreateUserAsync("Gus"));
        _fault.Code = 13;

        var response = await browser.SubmitFormAsync(Seed.Url, "#tag-form", new Dictionary<string, string>
        {
            ["Tag.Paragraph"] = "2", ["Tag.Exact"] = "Huawei", ["Tag.Kind"] = "topic", ["Tag.Name"] = "Huawei",
        });
        _fault.Code = 0;
        var page = await response.ToDocumentAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Temporarily unavailable", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("disk is full", page.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("Exception", page.Body!.TextContent);
    }

    /// <summary>While <see cref="Code"/> is set, every write fails as SQLite fails it (13 full, 8 read-only, 5 busy).</summary>
    private sealed class StorageFault : DbCommandInterceptor
    {
        public volatile int Code;

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Fail(command);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Fail(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        private void Fail(DbCommand command)
        {
            var sql = command.CommandText.TrimStart();
            if (Code != 0 && (sql.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase) || sql.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase) || sql.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase)))
            {
                throw Code < 0
                    ? new InvalidOperationException("secret internals: connection string and stack")
                    : new Microsoft.Data.Sqlite.SqliteException("SQLite Error: injected storage fault", Code);
            }
        }
    }
}
