using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.Accounts;
using NewsReader.Web.Data;
using NewsReader.Web.Ingestion;

namespace NewsReader.BrowserTests.Infrastructure;

/// <summary>An article as stored: its slug, title and paragraph texts (what the parser made of the file).</summary>
public sealed record StoredArticle(string Slug, string Title, IReadOnlyList<string> Paragraphs);

/// <summary>A highlight made through the API: its id and the exact text it covers.</summary>
public sealed record PlantedSpan(int Id, string Exact);

/// <summary>Where one payload was planted on the paragraphs article: its paragraph, its quote and topic highlights, and the names made from it.</summary>
public sealed record PlantedPayload(XssPayload Payload, int ParagraphId, string Paragraph, PlantedSpan Quote, PlantedSpan? Topic, string? PersonSlug, string? TopicSlug);

/// <summary>
/// A live app filled with every <see cref="XssPayloads"/> entry wherever text is shown: article titles and paragraphs
/// (through the importer), and through the API: highlights whose notes, speakers and topics are payloads, people's and
/// topics' descriptions, the aliases of one person; and the display name and API-token names of the author (an
/// admin). Built once per test class.
/// </summary>
public sealed class HostileContent : IAsyncLifetime
{
    /// <summary>The author's display name, shown as "by ..." beside every annotation and in the header.</summary>
    public const string AuthorName = "<img src=x onerror=alert(90)> \"Author'";

    public const string ParagraphsTitle = "Every payload as a paragraph";

    /// <summary>The speaker of the quotes whose payload cannot be a name.</summary>
    public const string FallbackSpeaker = "Fallback Speaker";

    public const string AliasHolder = "Alias Holder";

    private const string Password = "correct horse battery";

    private HttpClient? _api;

    public LiveApp App { get; } = new();

    public string AdminEmail { get; private set; } = string.Empty;

    public string AdminPassword => Password;

    public StoredArticle ParagraphsArticle { get; private set; } = new(string.Empty, string.Empty, []);

    /// <summary>Articles whose titles are payloads (about ten to a title), each payload also a paragraph.</summary>
    public IReadOnlyList<StoredArticle> TitleArticles { get; private set; } = [];

    public IReadOnlyList<PlantedPayload> Planted { get; private set; } = [];

    public string AliasHolderSlug { get; private set; } = string.Empty;

    /// <summary>The names of the admin's API tokens: every payload short enough for one.</summary>
    public IReadOnlyList<string> TokenNames { get; private set; } = [];

    /// <summary>Every payload that can be a name, as an alias of <see cref="AliasHolder"/>.</summary>
    public IReadOnlyList<string> Aliases { get; private set; } = [];

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        if (!Chromium.IsInstalled)
        {
            return; // the tests are skipped
        }

        var token = await CreateAdminAsync();
        _api = new HttpClient { BaseAddress = new Uri(App.BaseUrl) };
        _api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        ParagraphsArticle = await ImportAsync("xss/paragraphs.txt", ParagraphsTitle, XssPayloads.All.Select(p => p.Text));
        TitleArticles = await ImportTitleArticlesAsync();
        Planted = await PlantAnnotationsAsync();
        await DescribeAsync();
        await PlantAliasesAsync();
    }

    public async Task DisposeAsync()
    {
        _api?.Dispose();
        await App.DisposeAsync();
    }

    private async Task<string> CreateAdminAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        AdminEmail = $"xss-admin-{Guid.NewGuid():N}@example.org";
        var user = new AppUser { UserName = AdminEmail, Email = AdminEmail, DisplayName = AuthorName };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(Roles.Admin))
        {
            await roles.CreateAsync(new IdentityRole(Roles.Admin));
        }

        await users.AddToRoleAsync(user, Roles.Admin);
        var db = scope.ServiceProvider.GetRequiredService<NewsReaderDbContext>();
        var (apiToken, secret) = ApiToken.Issue(user.Id, "xss tests", DateTimeOffset.UtcNow);
        db.ApiTokens.Add(apiToken);
        TokenNames = [.. XssPayloads.All.Select(p => p.Text.Trim()).Where(name => name.Length <= ApiToken.MaxNameLength)];
        foreach (var name in TokenNames)
        {
            db.ApiTokens.Add(ApiToken.Issue(user.Id, name, DateTimeOffset.UtcNow).Token);
        }

        await db.SaveChangesAsync();
        return secret;
    }

    private async Task<StoredArticle> ImportAsync(string sourcePath, string title, IEnumerable<string> paragraphs)
    {
        var text = title + "\n\n" + string.Join("\n\n", paragraphs);
        var content = ArticleParser.Parse(text).Content ?? throw new InvalidOperationException($"{sourcePath} does not parse.");
        var outcome = await App.Services.GetRequiredService<ArticleImporter>().ImportAsync(sourcePath, content, CancellationToken.None);
        Assert.Equal(ImportStatus.New, outcome.Status);
        return new StoredArticle(outcome.Slug, content.Title, [.. content.Paragraphs.Select(p => p.Text)]);
    }

    // About ten payloads to a title, well under the 1,000-character limit; each also a paragraph of its article.
    private async Task<IReadOnlyList<StoredArticle>> ImportTitleArticlesAsync()
    {
        var groups = new List<List<XssPayload>> { new() };
        foreach (var payload in XssPayloads.All.Where(p => p.CanBeTitle))
        {
            var current = groups[^1];
            if (current.Count == 10 || current.Sum(p => p.Text.Length + 1) + payload.Text.Length > 900)
            {
                groups.Add(current = []);
            }

            current.Add(payload);
        }

        var articles = new List<StoredArticle>();
        foreach (var (group, index) in groups.Select((g, i) => (g, i)))
        {
            articles.Add(await ImportAsync($"xss/titles-{index}.txt", string.Join(' ', group.Select(p => p.Text)), group.Select(p => p.Text)));
        }

        return articles;
    }

    // Each paragraph gets a quote over all of it (speaker and note: the payload) and, when the payload can be a
    // name, a topic over its middle third, nested in the quote.
    private async Task<IReadOnlyList<PlantedPayload>> PlantAnnotationsAsync()
    {
        var article = await Api().GetFromJsonAsync<JsonElement>($"/api/articles/{ParagraphsArticle.Slug}");
        var ids = article.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetProperty("id").GetInt32()).ToList();
        var planted = new List<PlantedPayload>();
        foreach (var (payload, index) in XssPayloads.All.Select((p, i) => (p, i)))
        {
            var text = ParagraphsArticle.Paragraphs[index];
            var speaker = payload.CanBeName ? payload.Text : FallbackSpeaker;
            var quote = await TagAsync(ParagraphsArticle.Slug, ids[index], 0, text.Length, text, "quote", person: new { name = speaker }, note: payload.Text);
            (JsonElement Json, PlantedSpan Span)? topic = null;
            if (payload.CanBeName)
            {
                var (start, end) = (text.Length / 3, text.Length * 2 / 3);
                topic = await TagAsync(ParagraphsArticle.Slug, ids[index], start, end, text[start..end], "topic", topic: new { name = payload.Text }, note: payload.Text);
            }

            planted.Add(new PlantedPayload(payload, ids[index], text, quote.Span, topic?.Span,
                payload.CanBeName ? quote.Json.GetProperty("person").GetProperty("slug").GetString() : null,
                topic?.Json.GetProperty("topic").GetProperty("slug").GetString()));
        }

        return planted;
    }

    private async Task<(JsonElement Json, PlantedSpan Span)> TagAsync(string slug, int paragraphId, int start, int end, string exact, string kind, object? person = null, object? topic = null, string? note = null)
    {
        var response = await Api().PostAsJsonAsync($"/api/articles/{slug}/annotations", new { paragraphId, start, end, exact, kind, person, topic, note });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"Tagging {kind} \"{exact}\" answered {(int)response.StatusCode}: {body}");
        return (body, new PlantedSpan(body.GetProperty("id").GetInt32(), exact));
    }

    // Every payload person is described by its payload (Markdown); so is one topic of each category (the pages visited).
    private async Task DescribeAsync()
    {
        foreach (var planted in Planted.Where(p => p.PersonSlug is not null))
        {
            await PatchAsync($"/api/people/{planted.PersonSlug}", new { description = planted.Payload.Text });
            if (XssPayloads.OnePerCategory.Contains(planted.Payload))
            {
                await PatchAsync($"/api/topics/{planted.TopicSlug}", new { description = planted.Payload.Text });
            }
        }
    }

    // One person on the seed article carries every name-able payload as an alias (after the payload people exist,
    // so that naming them found them and not this alias holder), and all payloads as one description.
    private async Task PlantAliasesAsync()
    {
        var seed = await Api().GetFromJsonAsync<JsonElement>($"/api/articles/{SeedArticle.Slug}");
        var paragraph = seed.GetProperty("paragraphs").EnumerateArray().First(p => p.GetProperty("text").GetString()!.Contains("Mr Pompeo", StringComparison.Ordinal));
        var text = paragraph.GetProperty("text").GetString()!;
        var start = text.IndexOf("Mr Pompeo", StringComparison.Ordinal);
        var (json, _) = await TagAsync(SeedArticle.Slug, paragraph.GetProperty("id").GetInt32(), start, start + "Mr Pompeo".Length, "Mr Pompeo", "person", person: new { name = AliasHolder });
        AliasHolderSlug = json.GetProperty("person").GetProperty("slug").GetString()!;
        Aliases = [.. XssPayloads.All.Where(p => p.CanBeName).Select(p => p.AsName)];
        await PatchAsync($"/api/people/{AliasHolderSlug}", new { aliases = Aliases, description = string.Join("\n\n", XssPayloads.All.Select(p => p.Text)) });
    }

    private async Task PatchAsync(string path, object body)
    {
        var response = await Api().PatchAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"PATCH {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private HttpClient Api() => _api ?? throw new InvalidOperationException("The app is not seeded.");
}
