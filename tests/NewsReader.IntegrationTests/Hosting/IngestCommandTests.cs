using System.Net.Http.Json;
using System.Text.Json;
using NewsReader.IntegrationTests.Infrastructure;
using NewsReader.Web.Hosting;

namespace NewsReader.IntegrationTests.Hosting;

/// <summary>The <c>ingest</c> command as a user runs it, in-process, with its real exit codes and output.</summary>
public sealed class IngestCommandTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Ingest_GoodFolder_ExitsZero_WithSummaryLine()
    {
        _folder.Write("in/one.txt", "One\n\nText.");
        _folder.Write("in/two/two.txt", "Two\n\nMore text.");
        _folder.Write("in/README.TXT", "Not an article");

        var (code, output, _) = await RunAsync("ingest", _folder.Combine("in"));

        Assert.Equal(0, code);
        Assert.Contains("new=2 updated=0 unchanged=0 duplicate=0 rejected=0", output);
    }

    [Fact]
    public async Task Ingest_SomeRejected_ExitsOne_NamingEachRejectedFileAndReason()
    {
        _folder.Write("in/good.txt", "Good\n\nText.");
        _folder.Write("in/empty.txt", " ");
        _folder.Write("in/title-only.txt", "Just a title");

        var (code, output, _) = await RunAsync("ingest", _folder.Combine("in"));

        Assert.Equal(1, code);
        Assert.Contains("new=1 updated=0 unchanged=0 duplicate=0 rejected=2", output);
        var log = await File.ReadAllTextAsync(_folder.Combine("log.json"));
        Assert.Contains("\"SourcePath\":\"empty.txt\"", log);
        Assert.Contains("\"Reason\":\"empty\"", log);
        Assert.Contains("\"SourcePath\":\"title-only.txt\"", log);
        Assert.Contains("\"Reason\":\"no-body\"", log);
    }

    [Theory]
    [InlineData]
    [InlineData("--verbose")]
    [InlineData("does/not/exist")]
    public async Task Ingest_UsageError_ExitsTwo_WithAMessage(params string[] args)
    {
        var (code, _, error) = await RunAsync(["ingest", .. args]);

        Assert.Equal(2, code);
        Assert.Contains("ingest:", error);
    }

    [Fact]
    public async Task Ingest_DatabaseThatCannotBeOpened_ExitsOne_WithAMessage()
    {
        _folder.Write("in/one.txt", "One\n\nText.");
        var notADatabase = _folder.Write("garbage.db", "this is not an SQLite database, just text long enough to have a header");

        var (code, _, error) = await RunAsync(["ingest", $"--ConnectionStrings:Default=Data Source={notADatabase}", _folder.Combine("in")], logToFile: false);

        Assert.Equal(1, code);
        Assert.Contains("database cannot be opened", error);
        Assert.StartsWith("this is not an SQLite database", await File.ReadAllTextAsync(notADatabase));
    }

    [Fact]
    public async Task Ingest_WhileTheAppRuns_ShowsUpInTheApp()
    {
        using var app = new NewsReaderFactory();
        var client = app.CreateClient();
        var before = await client.GetFromJsonAsync<JsonElement>("/api/articles");
        _folder.Write("live/late.txt", "Late breaking story\n\nIngested while the app serves.");

        var (code, output, _) = await RunAsync(["ingest", $"--ConnectionStrings:Default={app.Folder.ConnectionString}", $"--Database:Provider={app.Folder.Provider}", _folder.Combine("live")], logToFile: false);
        var after = await client.GetFromJsonAsync<JsonElement>("/api/articles");

        Assert.Equal(0, code);
        Assert.Contains("new=1", output);
        Assert.Equal(before.GetProperty("total").GetInt32() + 1, after.GetProperty("total").GetInt32());
        Assert.Equal("Late breaking story", after.GetProperty("items")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Ingest_ChangedArticleWhileTheAppRuns_TheCachedPageShowsTheNewTextAtOnce_WithItsAnnotationMoved()
    {
        using var app = new NewsReaderFactory().With("Ingestion:Suggest", "false");
        var api = app.CreateTokenClient(await app.CreateUserAsync("Cass"));
        var tagged = await api.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", await Seed.AnnotationFor(api, Seed.QuoteText, "quote", person: new { name = "Mike Pompeo" }));
        var id = (await tagged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var reader = app.CreateClient();
        await reader.GetStringAsync(Seed.Url);
        await reader.GetStringAsync(Seed.Url); // now served from the output cache
        var seed = Directory.GetFiles(app.SeedFolder).Single();
        var blocks = File.ReadAllText(seed).Split("\n\n").ToList();
        blocks.Insert(1, "An update added at the top of the story.");
        File.WriteAllText(seed, string.Join("\n\n", blocks));

        var (code, output, _) = await RunAsync(["ingest", $"--ConnectionStrings:Default={app.Folder.ConnectionString}", $"--Database:Provider={app.Folder.Provider}", "--Ingestion:Suggest=false", app.SeedFolder], logToFile: false);
        var page = await (await reader.GetAsync(Seed.Url)).ToDocumentAsync();

        Assert.Equal(0, code);
        Assert.Contains("updated=1", output);
        Assert.Contains("reanchored=0 orphaned=0", output);
        Assert.Contains("An update added at the top of the story.", page.QuerySelector("#article-body")!.TextContent);
        Assert.Equal(Seed.QuoteText, page.QuerySelector($"#h-{id}")!.TextContent);
    }

    private Task<(int Code, string Output, string Error)> RunAsync(params string[] args) => RunAsync(args, logToFile: true);

    private async Task<(int Code, string Output, string Error)> RunAsync(string[] args, bool logToFile)
    {
        var settings = new List<string>();
        if (!args.Any(a => a.StartsWith("--ConnectionStrings", StringComparison.Ordinal)))
        {
            settings.Add($"--ConnectionStrings:Default={_folder.ConnectionString}");
            settings.Add($"--Database:Provider={_folder.Provider}");
        }

        // One log file, not rolled, so the test can read the structured events.
        settings.Add(logToFile ? $"--LogFile:Path={_folder.Combine("log.json")}" : "--LogFile:Path=");
        settings.Add("--LogFile:RollingInterval=Infinite");
        var fullArgs = args.Length == 0 ? args : [args[0], .. settings, .. args[1..]];
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(fullArgs, TextReader.Null, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
