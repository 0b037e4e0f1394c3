using System.Text.Json.Nodes;

namespace NewsReader.LoadBench;

/// <summary>
/// A database made once and copied for every run: migrated, the seeds ingested, and one user with an
/// API token per writer, created with the app's own <c>users add EMAIL --token</c> command.
/// </summary>
internal sealed record PreparedDatabase(AppSettings Settings, IReadOnlyList<string> Tokens)
{
    private const string Password = "a long passphrase";

    public static async Task<PreparedDatabase> CreateAsync(AppSettings settings, int users, CancellationToken cancellationToken)
    {
        // The running app has migrated the database, so the commands only add rows.
        var app = await AppProcess.StartAsync(settings, cancellationToken);
        try
        {
            using var gate = new SemaphoreSlim(Environment.ProcessorCount);
            var tokens = await Task.WhenAll(Enumerable.Range(1, users).Select(async n =>
            {
                await gate.WaitAsync(cancellationToken);
                try
                {
                    return await AddUserAsync(settings, $"user{n}@example.org", cancellationToken);
                }
                finally
                {
                    gate.Release();
                }
            }));
            return new PreparedDatabase(settings, tokens);
        }
        finally
        {
            await app.StopAsync();
        }
    }

    /// <summary>A new folder holding a copy of the prepared database and keys.</summary>
    public AppSettings CopyTo(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            var file = Settings.DatabasePath + suffix;
            if (File.Exists(file))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }
        }

        var keys = Path.Combine(Settings.DataFolder, "keys");
        Directory.CreateDirectory(Path.Combine(folder, "keys"));
        foreach (var key in Directory.Exists(keys) ? Directory.GetFiles(keys) : [])
        {
            File.Copy(key, Path.Combine(folder, "keys", Path.GetFileName(key)));
        }

        return Settings with { DataFolder = folder };
    }

    /// <summary>
    /// Before timing: the first requests of each kind (JIT, EF query compilation), including a few
    /// quotes by an existing person whose page the readers then load. Returns that page's slug and the
    /// ids of the annotations the warm-up stored.
    /// </summary>
    public async Task<(string PersonSlug, HashSet<int> AnnotationIds)> WarmUpAsync(HttpClient client, Workload workload, CancellationToken cancellationToken)
    {
        string? personSlug = null;
        var random = new Random(1);
        for (var i = 0; i < 3; i++)
        {
            var body = JsonNode.Parse(workload.NextAnnotation(random))!.AsObject();
            body["kind"] = "quote";
            body.Remove("topic");
            body["person"] = new JsonObject { ["name"] = "Mike Pompeo" };
            using var request = new HttpRequestMessage(HttpMethod.Post, $"api/articles/{Workload.ArticleSlug}/annotations")
            {
                Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new("Bearer", Tokens[0]);
            using var response = await client.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if ((int)response.StatusCode != 201)
            {
                throw new InvalidOperationException($"warm-up POST answered {(int)response.StatusCode}: {text}");
            }

            personSlug = JsonNode.Parse(text)!["person"]!["slug"]!.GetValue<string>();
        }

        for (var i = 0; i < 10; i++)
        {
            await client.GetStringAsync($"articles/{Workload.ArticleSlug}", cancellationToken);
            await client.GetStringAsync($"people/{personSlug}", cancellationToken);
        }

        var list = JsonNode.Parse(await client.GetStringAsync($"api/articles/{Workload.ArticleSlug}/annotations", cancellationToken))!.AsArray();
        return (personSlug!, list.Select(a => a!["id"]!.GetValue<int>()).ToHashSet());
    }

    private static async Task<string> AddUserAsync(AppSettings settings, string email, CancellationToken cancellationToken)
    {
        var (exitCode, output, error) = await AppProcess.RunCommandAsync(settings, ["users", "add", email, "--token"], Password, cancellationToken);
        var token = output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("API token: ", StringComparison.Ordinal))?["API token: ".Length..];
        return exitCode == 0 && token is not null
            ? token
            : throw new InvalidOperationException($"users add {email} exited with {exitCode}: {output} {error}");
    }
}
