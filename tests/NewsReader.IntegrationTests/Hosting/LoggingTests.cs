using NewsReader.IntegrationTests.Infrastructure;

namespace NewsReader.IntegrationTests.Hosting;

/// <summary>The rolling file gets structured events: requests, each ingested file, and the run summary.</summary>
public sealed class LoggingTests
{
    [Fact]
    public async Task LogFile_RecordsFailedRequestsIngestedFilesAndTheRunSummary()
    {
        using var logs = new TestFolder();
        var path = logs.Combine("app.json");
        await using (var factory = new NewsReaderFactory())
        {
            factory.With("LogFile:Path", path).With("LogFile:RollingInterval", "Infinite");
            await factory.CreateClient().GetAsync("/articles/mike-pompeo-flies-to-uk-for-talks-amid-us-huawei-concern");
            await factory.CreateClient().GetAsync("/articles/no-such-article");
        } // disposing the host flushes its logger

        var log = await File.ReadAllTextAsync(path);

        // Production logs failed and slow requests, not every success (see RequestLogLevel).
        Assert.Contains("\"RequestPath\":\"/articles/no-such-article\"", log);
        Assert.Contains("\"StatusCode\":404", log);
        Assert.DoesNotContain("\"RequestPath\":\"/articles/mike-pompeo-flies-to-uk-for-talks-amid-us-huawei-concern\"", log);
        Assert.Contains("\"SourcePath\":\"000_9ecbe9413df941fa.txt\"", log);
        Assert.Contains("\"Status\":\"New\"", log);
        Assert.Contains("Ingestion of {Root} finished", log);
    }

    [Fact]
    public async Task ABadRequestBody_IsLoggedAsThe400ItWasAnswered_NotAsA500()
    {
        // The body is read inside the endpoint: its BadHttpRequestException used to pass through the request log
        // on its way to the exception handler, which logged every such request as "responded 500" at Error.
        using var logs = new TestFolder();
        var path = logs.Combine("app.json");
        await using (var factory = new NewsReaderFactory())
        {
            factory.With("LogFile:Path", path).With("LogFile:RollingInterval", "Infinite");
            var client = factory.CreateTokenClient(await factory.CreateUserAsync("logger"));
            using var body = new StringContent("{\"bogus\": 1}", System.Text.Encoding.UTF8, "application/json");
            var response = await client.PostAsync($"/api/articles/{Seed.Slug}/annotations", body);
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("unknown field 'bogus'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var request = File.ReadLines(path).Single(line => line.Contains($"\"RequestPath\":\"/api/articles/{Seed.Slug}/annotations\"", StringComparison.Ordinal));
        Assert.Contains("\"StatusCode\":400", request, StringComparison.Ordinal);
        Assert.DoesNotContain("Error", request, StringComparison.Ordinal);
    }
}
