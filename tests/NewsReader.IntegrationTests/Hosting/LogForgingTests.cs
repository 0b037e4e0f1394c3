using NewsReader.IntegrationTests.Infrastructure;

namespace NewsReader.IntegrationTests.Hosting;

/// <summary>The console is process-wide: these tests swap it, so nothing runs beside them.</summary>
[CollectionDefinition(nameof(ConsoleCapture), DisableParallelization = true)]
public sealed class ConsoleCapture;

/// <summary>
/// Issue 10, finding 8: a request path with %0A wrote a forged line into the console log. Control
/// characters from requests reach no sink: the console line and the JSON file show them escaped.
/// </summary>
[Collection(nameof(ConsoleCapture))]
public sealed class LogForgingTests
{
    [Fact]
    public async Task RequestPathWithControlCharacters_ForgesNoLineInAnySink()
    {
        using var logs = new TestFolder();
        var path = logs.Combine("app.json");
        var console = new StringWriter();
        var original = Console.Out;
        Console.SetOut(console);
        try
        {
            await using var factory = new NewsReaderFactory();
            factory.With("LogFile:Path", path).With("LogFile:RollingInterval", "Infinite");
            await factory.CreateClient().GetAsync("/articles/x%0AFORGED");
            await factory.CreateClient().GetAsync("/articles/y%0D%0AFORGED%E2%80%A8AGAIN%1B%5B31m");
        }
        finally
        {
            Console.SetOut(original); // the host is disposed by now, so its logger has flushed
        }

        var lines = console.ToString().Split('\n');
        var file = await File.ReadAllTextAsync(path);

        Assert.DoesNotContain(lines, l => l.TrimStart('\r').StartsWith("FORGED", StringComparison.Ordinal));
        Assert.DoesNotContain('\u2028', console.ToString());
        Assert.DoesNotContain('\u001b', console.ToString());
        Assert.Contains(lines, l => l.Contains("/articles/x\\u000aFORGED", StringComparison.Ordinal));
        Assert.Contains("\"RequestPath\":\"/articles/x\\\\u000aFORGED\"", file);
        Assert.Contains("\"RequestPath\":\"/articles/y\\\\u000d\\\\u000aFORGED\\\\u2028AGAIN\\\\u001b[31m\"", file);
    }
}
