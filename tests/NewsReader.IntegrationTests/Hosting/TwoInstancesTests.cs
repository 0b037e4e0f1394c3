using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using NewsReader.IntegrationTests.Infrastructure;
using NewsReader.Tests;
using NewsReader.Web.Hosting;

namespace NewsReader.IntegrationTests.Hosting;

/// <summary>
/// Two app processes on two ports, as deployed (Production, the built dll), on one PostgreSQL database: what one
/// instance does, the other shows at once; a cookie from one signs in on the other; killing one under eight
/// writers loses no acknowledged write and the other keeps serving.
/// </summary>
[Trait("Database", "Postgres")] // about PostgreSQL itself: runs in the first CI pass, whatever the suite's provider
public sealed class TwoInstancesTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private DeployedApp _first = null!;
    private DeployedApp _second = null!;
    private string _token = null!;
    private string _email = null!;

    public async Task InitializeAsync()
    {
        if (TestDatabase.PostgresServer is null)
        {
            return; // every test here is a PostgresFact and skips
        }

        _database = TestDatabase.CreatePostgres();
        var shared = new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Default"] = _database.ConnectionString,
            ["Security__SecureCookies"] = "false", // plain HTTP on loopback, no TLS proxy in front
        };
        _first = await DeployedApp.StartAsync(shared);
        _second = await DeployedApp.StartAsync(shared);

        _email = $"kim-{Guid.NewGuid():N}@example.org";
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(
            ["users", $"--ConnectionStrings:Default={_database.ConnectionString}", "--Database:Provider=Postgres", "--LogFile:Path=", "add", _email, "--token"],
            new StringReader(Accounts.Password + "\n"), output, error);
        Assert.True(code == 0, error.ToString());
        _token = output.ToString().Split('\n').Single(l => l.StartsWith("API token: ", StringComparison.Ordinal))["API token: ".Length..].Trim();
    }

    public async Task DisposeAsync()
    {
        if (_database is null)
        {
            return;
        }

        await _first.DisposeAsync();
        await _second.DisposeAsync();
        _database.Dispose();
    }

    [PostgresFact]
    public async Task ATagMadeOnOneInstance_IsOnTheOtherInstancesCachedPage_AtOnce()
    {
        using var reader = new HttpClient { BaseAddress = _second.Address };
        var slug = await SeedSlugAsync(reader);
        var before = await reader.GetStringAsync($"/articles/{slug}");
        Assert.Equal(before, await reader.GetStringAsync($"/articles/{slug}")); // now cached on the second

        var id = await TagAsync(Api(_first), slug, "topic", new { name = "Diplomacy" });
        var after = await reader.GetStringAsync($"/articles/{slug}");

        var page = new HtmlParser().ParseDocument(after);
        Assert.NotNull(page.QuerySelector($"#h-{id}"));
    }

    [PostgresFact]
    public async Task SignedInOnOneInstance_TheCookieAndItsFormsWorkOnTheOther()
    {
        var cookies = new CookieContainer();
        using var onFirst = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = _first.Address };
        using var onSecond = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = _second.Address };

        var signIn = await onFirst.SubmitFormAsync("/account/login", "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = _email,
            ["Input.Password"] = Accounts.Password,
        });
        Assert.Equal("/", signIn.RequestMessage!.RequestUri!.AbsolutePath);

        var tokens = await onSecond.GetStringAsync("/account/tokens"); // only for the signed in
        Assert.Contains(_email.Split('@')[0].Split('-')[0], tokens, StringComparison.OrdinalIgnoreCase);
        var created = await onSecond.SubmitFormAsync("/account/tokens", "form.form-inline", new Dictionary<string, string>
        {
            ["name"] = "made on the second instance",
        });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains("made on the second instance", await created.Content.ReadAsStringAsync());
    }

    [PostgresFact]
    public async Task OneInstanceKilledUnderEightWriters_EveryAcknowledgedWriteIsKept_AndTheOtherServesThroughout()
    {
        using var first = Api(_first);
        using var second = Api(_second);
        var slug = await SeedSlugAsync(second);
        await TagAsync(second, slug, "topic", new { name = "Load" }); // the topic exists before the race for it
        var body = await AnnotationBodyAsync(second, slug);

        var acknowledged = new ConcurrentBag<int>();
        var secondFailures = new ConcurrentBag<string>();
        var killed = false;
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 8).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var onSecond = (writer + i) % 2 == 1;
                try
                {
                    var response = await (onSecond ? second : first).PostAsJsonAsync($"/api/articles/{slug}/annotations", body);
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        acknowledged.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32());
                    }
                    else if (onSecond)
                    {
                        secondFailures.Add($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                    }
                }
                catch (HttpRequestException ex) when (!onSecond && Volatile.Read(ref killed))
                {
                    _ = ex; // the killed instance refuses connections: nothing was acknowledged
                }
                catch (HttpRequestException ex) when (onSecond)
                {
                    secondFailures.Add(ex.Message);
                }
            }
        })).ToList();

        // Counted, not timed: a busy machine (CI runs other tests beside this one) is slower, not wrong.
        await WaitForAsync(() => acknowledged.Count >= 40, "40 writes before the kill");
        var beforeKill = acknowledged.Count;
        Volatile.Write(ref killed, true);
        _first.Kill();
        await WaitForAsync(() => acknowledged.Count >= beforeKill + 40, "40 writes on the second instance after the kill");
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        Assert.Empty(secondFailures);
        var stored = (await second.GetFromJsonAsync<JsonElement>($"/api/articles/{slug}/annotations"))
            .EnumerateArray().Select(a => a.GetProperty("id").GetInt32()).ToHashSet();
        var lost = acknowledged.Where(id => !stored.Contains(id)).ToList();
        Assert.True(lost.Count == 0, $"acknowledged but not stored: {string.Join(", ", lost)}");
        Assert.Equal(HttpStatusCode.OK, (await new HttpClient { BaseAddress = _second.Address }.GetAsync("/healthz")).StatusCode);
    }

    private static async Task WaitForAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"no {what} within 60 s");
            await Task.Delay(50);
        }
    }

    private HttpClient Api(DeployedApp app)
    {
        var client = new HttpClient { BaseAddress = app.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        return client;
    }

    private static async Task<string> SeedSlugAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/articles")).GetProperty("items")[0].GetProperty("slug").GetString()!;

    private static async Task<Dictionary<string, object?>> AnnotationBodyAsync(HttpClient api, string slug)
    {
        var article = await api.GetFromJsonAsync<JsonElement>($"/api/articles/{slug}");
        var paragraph = article.GetProperty("paragraphs").EnumerateArray().First(p => p.GetProperty("text").GetString()!.Contains("Huawei", StringComparison.Ordinal));
        var text = paragraph.GetProperty("text").GetString()!;
        var start = text.IndexOf("Huawei", StringComparison.Ordinal);
        return new Dictionary<string, object?>
        {
            ["paragraphId"] = paragraph.GetProperty("id").GetInt32(),
            ["start"] = start,
            ["end"] = start + "Huawei".Length,
            ["exact"] = "Huawei",
            ["kind"] = "topic",
            ["topic"] = new { name = "Load" },
        };
    }

    private static async Task<int> TagAsync(HttpClient api, string slug, string kind, object topic)
    {
        var body = await AnnotationBodyAsync(api, slug);
        body["kind"] = kind;
        body["topic"] = topic;
        var response = await api.PostAsJsonAsync($"/api/articles/{slug}/annotations", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }
}
