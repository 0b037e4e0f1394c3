using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using NewsReader.IntegrationTests.Infrastructure;
using NewsReader.Web.Hosting;

namespace NewsReader.IntegrationTests.Exchange;

/// <summary>
/// Annotations leave as W3C Web Annotation JSON-LD (issue 15), from the API and the <c>export</c> command: every
/// annotation with its kind, speaker, person, topic and note as bodies, and a target that finds its text again by
/// quote and by position (code points of the article's whole text), checked by the W3C's own schemas.
/// </summary>
public sealed class WebAnnotationExportTests : IAsyncLifetime, IDisposable
{
    private const string LdJson = "application/ld+json";
    private const string Emoji = "Tagged \U0001F600 twice";

    private readonly NewsReaderFactory _factory = new();
    private HttpClient _client = null!;
    private int _quoteId;
    private int _topicId;
    private int _mentionId;
    private int _deletedId;

    public async Task InitializeAsync()
    {
        var author = await _factory.CreateUserAsync("Ana");
        _client = _factory.CreateTokenClient(author);
        _quoteId = await CreateAsync(await Seed.AnnotationFor(_client, Seed.QuoteText, "quote", person: new { name = "Mike Pompeo" }, note: $"Said *before* the visit. {Emoji}"));
        _topicId = await CreateAsync(await Seed.AnnotationFor(_client, "Huawei", "topic", topic: new { name = "Huawei" }, within: "Chinese tech giant Huawei"));
        _mentionId = await CreateAsync(await Seed.AnnotationFor(_client, "Dominic Raab", "person", person: new { name = "Dominic Raab" }));
        _deletedId = await CreateAsync(await Seed.AnnotationFor(_client, "Boris Johnson", "person", person: new { name = "Boris Johnson" }));
        (await _client.DeleteAsync($"/api/annotations/{_deletedId}")).EnsureSuccessStatusCode();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Corpus_IsOneAnnotationCollection_WithEveryAnnotationButTheDeleted()
    {
        var response = await GetAsync("/api/annotations");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(LdJson, response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(response.Content.Headers.ContentType.Parameters, p => p.Name == "profile" && p.Value == "\"http://www.w3.org/ns/anno.jsonld\"");
        var collection = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("http://www.w3.org/ns/anno.jsonld", collection.GetProperty("@context").GetString());
        Assert.Equal("AnnotationCollection", collection.GetProperty("type").GetString());
        Assert.Equal("http://localhost/api/annotations", collection.GetProperty("id").GetString());
        Assert.Equal(3, collection.GetProperty("total").GetInt32());
        var page = collection.GetProperty("first");
        Assert.Equal("AnnotationPage", page.GetProperty("type").GetString());
        Assert.Equal(0, page.GetProperty("startIndex").GetInt32());
        var ids = page.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToList();
        Assert.Equal(new[] { _topicId, _quoteId, _mentionId }.Select(id => $"http://localhost/annotations/{id}"), ids); // in the article's order
    }

    [Fact]
    public async Task Quote_HasItsKind_Speaker_Note_Creator_Dates_AndATargetFoundByQuoteAndByPosition()
    {
        var quote = await ItemAsync("/api/annotations", _quoteId);

        Assert.Equal("Annotation", quote.GetProperty("type").GetString());
        Assert.Equal("identifying", quote.GetProperty("motivation").GetString());
        Assert.Equal("Ana", quote.GetProperty("creator").GetProperty("name").GetString());
        Assert.Equal("Person", quote.GetProperty("creator").GetProperty("type").GetString());
        var created = DateTimeOffset.Parse(quote.GetProperty("created").GetString()!, CultureInfo.InvariantCulture);
        Assert.Equal(TimeSpan.Zero, created.Offset);
        Assert.EndsWith("Z", quote.GetProperty("modified").GetString(), StringComparison.Ordinal);

        var bodies = quote.GetProperty("body").EnumerateArray().ToList();
        Assert.Equal(3, bodies.Count);
        Assert.Equal(("TextualBody", "tagging", "quote"), (Text(bodies[0], "type"), Text(bodies[0], "purpose"), Text(bodies[0], "value")));
        Assert.Equal(("SpecificResource", "identifying"), (Text(bodies[1], "type"), Text(bodies[1], "purpose")));
        Assert.Equal("http://localhost/people/mike-pompeo", bodies[1].GetProperty("source").GetProperty("id").GetString());
        Assert.Equal("Mike Pompeo", bodies[1].GetProperty("source").GetProperty("label").GetString());
        Assert.Equal(("TextualBody", "commenting", "text/markdown"), (Text(bodies[2], "type"), Text(bodies[2], "purpose"), Text(bodies[2], "format")));
        Assert.Equal($"Said *before* the visit. {Emoji}", Text(bodies[2], "value"));

        var target = quote.GetProperty("target");
        Assert.Equal($"http://localhost/articles/{Seed.Slug}", Text(target, "source"));
        Assert.Equal("TimeState", Text(target.GetProperty("state"), "type"));
        Assert.Equal($"http://localhost/articles/{Seed.Slug}/revisions/1", Text(target.GetProperty("state"), "cached"));
        var selectors = target.GetProperty("selector").EnumerateArray().ToDictionary(s => Text(s, "type")!);
        var byQuote = selectors["TextQuoteSelector"];
        Assert.Equal(Seed.QuoteText, Text(byQuote, "exact"));
        Assert.EndsWith("the US \u201c", Text(byQuote, "prefix"), StringComparison.Ordinal);
        Assert.StartsWith("\u201d with nations", Text(byQuote, "suffix"), StringComparison.Ordinal);

        // The position counts code points of the article's whole text: title, blank line, paragraphs with blank lines between.
        var byPosition = selectors["TextPositionSelector"];
        var text = await WholeTextAsync();
        Assert.Equal(Seed.QuoteText, CodePointSlice(text, byPosition.GetProperty("start").GetInt32(), byPosition.GetProperty("end").GetInt32()));
    }

    [Fact]
    public async Task TopicAndPersonMention_AreClassifyingAndIdentifyingBodies()
    {
        var topic = await ItemAsync("/api/annotations", _topicId);
        var mention = await ItemAsync("/api/annotations", _mentionId);

        Assert.Equal("classifying", Text(topic, "motivation"));
        var topicBodies = topic.GetProperty("body").EnumerateArray().ToList();
        Assert.Equal("topic", Text(topicBodies[0], "value"));
        Assert.Equal("classifying", Text(topicBodies[1], "purpose"));
        Assert.Equal("http://localhost/topics/huawei", topicBodies[1].GetProperty("source").GetProperty("id").GetString());
        Assert.Equal(2, topicBodies.Count); // no note, no empty body

        var mentionBodies = mention.GetProperty("body").EnumerateArray().ToList();
        Assert.Equal("person", Text(mentionBodies[0], "value"));
        Assert.Equal("http://localhost/people/dominic-raab", mentionBodies[1].GetProperty("source").GetProperty("id").GetString());
    }

    [Fact]
    public async Task PersonTopicAndArticle_EachHoldOnlyTheirOwn()
    {
        var person = await CollectionAsync("/api/people/mike-pompeo/annotations");
        var topic = await CollectionAsync("/api/topics/huawei/annotations");

        Assert.Equal([$"http://localhost/annotations/{_quoteId}"], Ids(person));
        Assert.Equal("http://localhost/api/people/mike-pompeo/annotations", Text(person, "id"));
        Assert.Equal([$"http://localhost/annotations/{_topicId}"], Ids(topic));

        // An article's annotations: JSON-LD when asked for, the JSON list otherwise, and caches told the answer varies.
        var article = await CollectionAsync($"/api/articles/{Seed.Slug}/annotations");
        Assert.Equal(3, article.GetProperty("total").GetInt32());
        var plain = await _client.GetAsync($"/api/articles/{Seed.Slug}/annotations");
        Assert.Equal("application/json", plain.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Accept", plain.Headers.Vary);
        Assert.Equal(JsonValueKind.Array, (await plain.Content.ReadFromJsonAsync<JsonElement>()).ValueKind);
    }

    [Theory]
    [InlineData("/", 3)]
    [InlineData("/articles/" + Seed.Slug, 3)]
    [InlineData("/people/mike-pompeo", 1)]
    [InlineData("/topics/huawei", 1)]
    public async Task EachPage_LinksToItsExport_WhichAPlainLinkDownloads(string page, int total)
    {
        var client = _factory.CreateClient();
        var document = await client.GetDocumentAsync(page);
        var link = document.QuerySelectorAll("a[download]").SingleOrDefault(a => a.TextContent.Contains("JSON-LD", StringComparison.Ordinal));
        Assert.True(link is not null, $"{page} has no JSON-LD download link");

        var response = await client.GetAsync(link.GetAttribute("href")); // no Accept header: a browser following a link
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(LdJson, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(total, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task UnknownPersonOrTopic_Is404ProblemDetails()
    {
        foreach (var url in new[] { "/api/people/nobody-here/annotations", "/api/topics/no-such-topic/annotations", "/api/articles/no-such-article/annotations" })
        {
            var response = await GetAsync(url);

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        }
    }

    [Fact]
    public async Task ExportCommand_WritesTheSameCollection_ToAFile_AndToStandardOutput()
    {
        var file = _factory.Folder.Combine("out/corpus.jsonld");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);

        var (code, output, error) = await RunAsync("export", "--format", "jsonld", "--base", "https://news.example.org/", file);

        Assert.True(code == 0, error);
        Assert.Contains("Exported 3 annotations (corpus)", output);
        var written = JsonDocument.Parse(await File.ReadAllTextAsync(file)).RootElement;
        Assert.Equal("https://news.example.org/api/annotations", Text(written, "id"));
        Assert.Equal(new[] { _topicId, _quoteId, _mentionId }.Select(id => $"https://news.example.org/annotations/{id}"), Ids(written));
        Assert.False(File.Exists(file + ".partial"));

        var (personCode, personOutput, _) = await RunAsync("export", "--person", "dominic-raab", "--base", "https://news.example.org", "-");

        Assert.Equal(0, personCode);
        var person = JsonDocument.Parse(personOutput).RootElement;
        Assert.Equal([$"https://news.example.org/annotations/{_mentionId}"], Ids(person));
    }

    [Theory]
    [InlineData("no base address", "export", "out.jsonld")]
    [InlineData("a base that is not a web address", "export", "--base", "ftp://x", "out.jsonld")]
    [InlineData("two scopes", "export", "--person", "a", "--topic", "b", "--base", "https://x.org", "out.jsonld")]
    [InlineData("an unknown format", "export", "--format", "xml", "--base", "https://x.org", "out.jsonld")]
    [InlineData("no file", "export", "--base", "https://x.org")]
    public async Task ExportCommand_UsageErrors_ExitTwo_SayingWhatIsWrong(string why, params string[] args)
    {
        var (code, output, error) = await RunAsync(args);

        Assert.True(code == 2, $"{why}: exit {code}");
        Assert.StartsWith("export: ", error, StringComparison.Ordinal);
        Assert.Empty(output);
    }

    [Fact]
    public async Task ExportCommand_UnknownPerson_ExitsOne_AndWritesNoFile()
    {
        var file = _factory.Folder.Combine("nobody.jsonld");

        var (code, _, error) = await RunAsync("export", "--person", "nobody-here", "--base", "https://x.org", file);

        Assert.Equal(1, code);
        Assert.Contains("there is no person nobody-here", error);
        Assert.False(File.Exists(file));
    }

    [W3cCheckerFact]
    public async Task EveryExport_PassesTheW3cConformanceSchemas()
    {
        var files = new List<string>();
        foreach (var (name, url) in new[] { ("corpus", "/api/annotations"), ("person", "/api/people/mike-pompeo/annotations"), ("article", $"/api/articles/{Seed.Slug}/annotations") })
        {
            var file = _factory.Folder.Combine($"{name}.jsonld");
            await File.WriteAllTextAsync(file, await (await GetAsync(url)).Content.ReadAsStringAsync());
            files.Add(file);
        }

        var report = await CheckAsync(files);

        // The checker takes each annotation inside a page as an input of its own too: 3 + 1 + 3 of them.
        Assert.Contains($"Summary: {files.Count + 7} passed, 0 failed", report);
        var annotationsChecked = report.Split('\n').Count(line => line.StartsWith("PASS ", StringComparison.Ordinal) && line.Contains("(annotation", StringComparison.Ordinal) && line.Contains("annotationMusts.test", StringComparison.Ordinal));
        Assert.True(annotationsChecked == 7, report);
    }

    [W3cCheckerFact]
    public async Task TheSeedWithEverySuggestionAccepted_PassesTheW3cConformanceSchemas()
    {
        var accepted = await _client.PostAsync($"/api/articles/{Seed.Slug}/suggestions/accept?minConfidence=0", null);
        accepted.EnsureSuccessStatusCode();
        Assert.True((await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accepted").GetInt32() > 0);
        var file = _factory.Folder.Combine("seed.jsonld");
        var (code, _, error) = await RunAsync("export", "--base", "https://news.example.org", file);
        Assert.True(code == 0, error);
        var total = JsonDocument.Parse(await File.ReadAllTextAsync(file)).RootElement.GetProperty("total").GetInt32();

        var report = await CheckAsync([file]);

        Assert.Contains($"Summary: {1 + total} passed, 0 failed", report);
    }

    // Runs the W3C checker over the files: every MUST of every test met, or the test fails with the checker's report.
    private static async Task<string> CheckAsync(IEnumerable<string> files)
    {
        var check = new ProcessStartInfo("node") { WorkingDirectory = W3cCheckerFactAttribute.Folder!, RedirectStandardOutput = true, RedirectStandardError = true };
        check.ArgumentList.Add("check-annotation.mjs");
        foreach (var file in files)
        {
            check.ArgumentList.Add(file);
        }

        using var node = Process.Start(check)!;
        var reading = node.StandardOutput.ReadToEndAsync();
        var problems = await node.StandardError.ReadToEndAsync();
        var report = await reading;
        await node.WaitForExitAsync();

        Assert.True(node.ExitCode == 0, report + problems);
        Assert.DoesNotContain("FAIL", report);
        return report;
    }

    private async Task<int> CreateAsync(Dictionary<string, object?> body)
    {
        var response = await _client.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    private Task<HttpResponseMessage> GetAsync(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(LdJson));
        return _factory.CreateClient().SendAsync(request);
    }

    private async Task<JsonElement> CollectionAsync(string url)
    {
        var response = await GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<JsonElement> ItemAsync(string url, int id) =>
        (await CollectionAsync(url)).GetProperty("first").GetProperty("items").EnumerateArray()
            .Single(a => Text(a, "id") == $"http://localhost/annotations/{id}");

    private static List<string?> Ids(JsonElement collection) =>
        collection.GetProperty("first").GetProperty("items").EnumerateArray().Select(a => Text(a, "id")).ToList();

    private static string? Text(JsonElement element, string name) => element.GetProperty(name).GetString();

    private async Task<string> WholeTextAsync()
    {
        var article = await _client.GetFromJsonAsync<JsonElement>($"/api/articles/{Seed.Slug}");
        var paragraphs = article.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetProperty("text").GetString());
        return string.Join("\n\n", paragraphs.Prepend(article.GetProperty("title").GetString()));
    }

    private static string CodePointSlice(string text, int start, int end)
    {
        var codePoints = text.EnumerateRunes().ToList();
        return string.Concat(codePoints.Skip(start).Take(end - start).Select(r => r.ToString()));
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        string[] settings = [$"--ConnectionStrings:Default={_factory.Folder.ConnectionString}", $"--Database:Provider={_factory.Folder.Provider}", "--LogFile:Path="];
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync([args[0], .. settings, .. args[1..]], TextReader.Null, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
