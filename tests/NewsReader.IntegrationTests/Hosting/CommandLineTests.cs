using System.Net;
using NewsReader.IntegrationTests.Infrastructure;
using NewsReader.Web.Hosting;

namespace NewsReader.IntegrationTests.Hosting;

public sealed class CommandLineTests
{
    [Fact]
    public async Task MistypedCommand_PrintsUsage_ExitsTwo_AndStartsNoServer()
    {
        string[] args = ["ingset", "folder"];
        var output = new StringWriter();
        var error = new StringWriter();

        var isCommand = CommandLine.IsCommand(args);
        var exit = await CommandLine.RunAsync(args, TextReader.Null, output, error);

        Assert.True(isCommand);
        Assert.Equal(CommandLine.UsageError, exit);
        Assert.Contains("Unknown command 'ingset'", error.ToString());
        Assert.Contains("-- ingest PATH", error.ToString());
        Assert.Empty(output.ToString());
    }

    [Theory]
    [InlineData("--urls", "http://127.0.0.1:5050")]
    [InlineData("--urls=http://127.0.0.1:5050")]
    [InlineData("urls=http://127.0.0.1:5050")]
    [InlineData("--ConnectionStrings:Default=Data Source=x.db")]
    public void HostSettings_AreNotCommands_TheServerStarts(params string[] args) => Assert.False(CommandLine.IsCommand(args));

    [Fact]
    public async Task Help_PrintsUsage_ExitsZero()
    {
        var output = new StringWriter();

        var exit = await CommandLine.RunAsync(["help"], TextReader.Null, output, TextWriter.Null);

        Assert.Equal(CommandLine.Success, exit);
        Assert.Contains("Usage:", output.ToString());
    }
}

public sealed class HostFilteringTests : IDisposable
{
    private readonly NewsReaderFactory _factory = new NewsReaderFactory().With("AllowedHosts", "news.example.org");

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AllowedHosts_ForgedHost_Is400_TheConfiguredHostIsServed()
    {
        var client = _factory.CreateClient();

        var forged = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/people/quotes.csv") { Headers = { Host = "evil.example" } });
        var allowed = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/") { Headers = { Host = "news.example.org" } });

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }
}
