using System.Collections.Concurrent;
using System.Data.Common;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.IntegrationTests.Infrastructure;
using NewsReader.Web.Reviewing;

namespace NewsReader.IntegrationTests.Performance;

/// <summary>
/// Each reading page runs the same number of SQL commands whatever the corpus holds: counted through an
/// EF Core interceptor, per request, on a small database and on one with many more articles, quotes,
/// mentions, topics and suggestions. A query per row (N+1) or a page that grows its work with the
/// corpus in round trips fails here before it reaches a user. (What a single command costs as the
/// corpus grows is the 100,000-article benchmark's business, bench/load.)
/// </summary>
public sealed class CommandCountTests
{
    private const int Small = 2;
    private const int Large = 24;

    private static readonly string[] Pages =
    [
        "/", Seed.Url, "/people", "/people/mike-pompeo", "/people/dominic-raab", "/topics", "/topics/huawei",
        "/search?q=pompeo", "/search?q=huawei+network", "/review", "/api/people?q=pom", "/api/search?q=pompeo",
        $"/api/articles/{Seed.Slug}", $"/api/articles/{Seed.Slug}/annotations", "/api/people/mike-pompeo",
        "/people/mike-pompeo/quotes.csv", "/annotations/orphaned", $"/articles/{Seed.Slug}/activity",
    ];

    [Fact]
    public async Task EveryReadingPage_RunsAsManyCommandsOnALargerCorpus_AsOnASmallOne()
    {
        var small = await MeasureAsync(Small);
        var large = await MeasureAsync(Large);

        var grew = Pages
            .Where(url => large[url] > small[url])
            .Select(url => $"{url}: {small[url]} commands with {Small} extra articles, {large[url]} with {Large}")
            .ToList();
        Assert.True(grew.Count == 0, "SQL commands per request grew with the corpus:\n" + string.Join("\n", grew));
        Assert.All(small, pair => Assert.InRange(pair.Value, 1, 25)); // every page was counted, none runs a flood
    }

    // Commands per page, signed in (so nothing comes from the output cache), over the seed plus
    // `articles` others, each quoting Mike Pompeo, naming Dominic Raab and tagged with Huawei.
    private static async Task<Dictionary<string, int>> MeasureAsync(int articles)
    {
        var counter = new CommandCounter();
        using var factory = new NewsReaderFactory().WithServices(services =>
        {
            services.AddHttpContextAccessor();
            services.AddSingleton<IInterceptor>(sp => counter.Attach(sp.GetRequiredService<IHttpContextAccessor>()));
        });
        var user = await factory.CreateUserAsync("counter", admin: true);
        var tagger = factory.CreateTokenClient(user);
        await TagAsync(tagger, Seed.Slug);
        for (var i = 1; i <= articles; i++)
        {
            var slug = (await factory.ImportAsync($"extra-{i}.txt", ArticleText(i))).Slug;
            await TagAsync(tagger, slug);
        }

        await factory.Services.GetRequiredService<SuggestionGenerator>().SuggestAsync(null, null, CancellationToken.None);
        var client = await factory.CreateSignedInClientAsync(user);
        var counts = new Dictionary<string, int>();
        foreach (var url in Pages)
        {
            counter.Take(url); // what setting up ran under the same URL
            var response = await client.GetAsync(url);
            Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
            await response.Content.ReadAsByteArrayAsync();
            counts[url] = counter.Take(url);
        }

        return counts;
    }

    private static string ArticleText(int i) =>
        $"Talks on network number {i} continue\n\n" +
        $"US Secretary of State Mike Pompeo said on day {i}: \"We will not share intelligence with networks that use Huawei equipment, number {i}.\"\n\n" +
        $"Foreign Secretary Dominic Raab said talks on the matter, round {i}, had gone well, and that Huawei would have a limited role.\n\n" +
        $"\"It is a decision for the UK,\" said Mr Raab, adding that security came first in round {i}.\n";

    // A quote by Mike Pompeo, a mention of Dominic Raab and the topic Huawei in the article.
    private static async Task TagAsync(HttpClient tagger, string slug)
    {
        var article = await tagger.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/articles/{slug}");
        var paragraphs = article.GetProperty("paragraphs").EnumerateArray()
            .Select(p => (Id: p.GetProperty("id").GetInt32(), Text: p.GetProperty("text").GetString()!)).ToList();
        await PostAsync(tagger, slug, paragraphs, "Mike Pompeo", "quote", person: new { name = "Mike Pompeo" }, whole: true);
        await PostAsync(tagger, slug, paragraphs, "Dominic Raab", "person", person: new { name = "Dominic Raab" });
        await PostAsync(tagger, slug, paragraphs, "Huawei", "topic", topic: new { name = "Huawei" });
    }

    private static async Task PostAsync(HttpClient tagger, string slug, List<(int Id, string Text)> paragraphs, string text, string kind, object? person = null, object? topic = null, bool whole = false)
    {
        var (id, paragraph) = paragraphs.First(p => p.Text.Contains(text, StringComparison.Ordinal));
        var start = whole ? 0 : paragraph.IndexOf(text, StringComparison.Ordinal);
        var end = whole ? paragraph.Length : start + text.Length;
        var body = new { paragraphId = id, start, end, exact = paragraph[start..end], kind, person, topic };
        var response = await tagger.PostAsJsonAsync($"/api/articles/{slug}/annotations", body);
        Assert.True(response.IsSuccessStatusCode, $"{slug} {kind}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Counts the commands EF Core runs, by the request (path and query) they ran for.</summary>
    private sealed class CommandCounter : DbCommandInterceptor
    {
        private readonly ConcurrentDictionary<string, int> _counts = new();
        private IHttpContextAccessor? _accessor;

        public CommandCounter Attach(IHttpContextAccessor accessor)
        {
            _accessor = accessor;
            return this;
        }

        public int Take(string url) => _counts.TryRemove(url, out var count) ? count : 0;

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) => Count(result);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Count(result));

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) => Count(result);

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Count(result));

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) => Count(result);

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Count(result));

        private T Count<T>(T result)
        {
            if (_accessor?.HttpContext?.Request is { } request)
            {
                _counts.AddOrUpdate(request.Path.Value + request.QueryString.Value, 1, (_, n) => n + 1);
            }

            return result;
        }
    }
}
