using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsReader.FaultBench;

/// <summary>The few calls of the app's JSON API the fault tests need, over loopback.</summary>
internal sealed partial class Api : IDisposable
{
    public const string SeedSlug = "mike-pompeo-flies-to-uk-for-talks-amid-us-huawei-concern";

    public Api(int port, string? token, TimeSpan timeout)
    {
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = timeout };
        if (token is not null)
        {
            Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    public HttpClient Client { get; }

    /// <summary>Creates an account with an API token through the app's own command; returns the token.</summary>
    public static async Task<string?> CreateUserAsync(string app, AppSettings settings, string email)
    {
        using var run = AppProcess.Start(app, ["users", "add", email, "--token"], settings, standardInput: "a long passphrase for fault tests\n");
        if (!await run.WaitForExitAsync(TimeSpan.FromSeconds(60)) || run.ExitCode != 0)
        {
            Console.WriteLine($"users add failed: {IngestKill.Tail(run.Output)}");
            return null;
        }

        var match = TokenLine().Match(run.Output);
        return match.Success ? match.Groups[1].Value : null;
    }

    public async Task<List<ParagraphRef>> ParagraphsAsync(string slug)
    {
        using var document = JsonDocument.Parse(await Client.GetStringAsync($"/api/articles/{slug}"));
        return document.RootElement.GetProperty("paragraphs").EnumerateArray()
            .Select(p => new ParagraphRef(p.GetProperty("id").GetInt32(), p.GetProperty("text").GetString()!))
            .ToList();
    }

    public async Task<HashSet<long>> AnnotationIdsAsync(string slug)
    {
        using var document = JsonDocument.Parse(await Client.GetStringAsync($"/api/articles/{slug}/annotations"));
        return document.RootElement.EnumerateArray().Select(a => a.GetProperty("id").GetInt64()).ToHashSet();
    }

    /// <summary>POSTs one annotation; the status, and the new id for a 201 (else the problem's detail).</summary>
    public async Task<PostResult> PostAnnotationAsync(string slug, object body, CancellationToken cancellationToken)
    {
        using var response = await Client.PostAsJsonAsync($"/api/articles/{slug}/annotations", body, JsonSerializerOptions.Web, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode == HttpStatusCode.Created)
        {
            using var created = JsonDocument.Parse(text);
            return new PostResult(response.StatusCode, created.RootElement.GetProperty("id").GetInt64(), null, response.Content.Headers.ContentType?.MediaType);
        }

        return new PostResult(response.StatusCode, null, text, response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>A valid annotation on a random run of 1-3 words of a random paragraph; people and topics from small pools, so writers race to create the same new names.</summary>
    public static object RandomAnnotation(Random random, IReadOnlyList<ParagraphRef> paragraphs, string note)
    {
        var paragraph = paragraphs[random.Next(paragraphs.Count)];
        var words = Word().Matches(paragraph.Text);
        var first = random.Next(words.Count);
        var last = Math.Min(words.Count - 1, first + random.Next(3));
        var start = words[first].Index;
        var end = words[last].Index + words[last].Length;
        var exact = paragraph.Text[start..end];
        return random.Next(3) switch
        {
            0 => new { paragraphId = paragraph.Id, start, end, exact, kind = "quote", person = new { name = $"Fault Speaker {random.Next(1, 4)}" }, note },
            1 => new { paragraphId = paragraph.Id, start, end, exact, kind = "person", person = new { name = $"Fault Person {random.Next(1, 4)}" }, note },
            _ => new { paragraphId = paragraph.Id, start, end, exact, kind = "topic", topic = new { name = $"Fault Topic {random.Next(1, 4)}" }, note },
        };
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex(@"API token: (nr_\S+)")]
    private static partial Regex TokenLine();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();
}

internal sealed record ParagraphRef(int Id, string Text);

internal sealed record PostResult(HttpStatusCode Status, long? Id, string? Problem, string? MediaType);
