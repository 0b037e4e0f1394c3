using System.Net.Http.Json;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.IntegrationTests.Infrastructure;
using NewsReader.Web.Domain;

namespace NewsReader.IntegrationTests.Pages.People;

/// <summary>/people: everyone with quote and article counts, sortable, filterable by name or alias, paged.</summary>
public sealed class IndexPageTests : IAsyncLifetime, IDisposable
{
    private readonly NewsReaderFactory _factory = new();
    private HttpClient _api = null!;

    public async Task InitializeAsync() => _api = _factory.CreateTokenClient(await _factory.CreateUserAsync("Ivo"));

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task List_CountsQuotesAndDistinctArticles_MostQuotedFirstByDefault()
    {
        await TagThreePeopleAsync();

        var page = await _factory.CreateClient().GetDocumentAsync("/people");

        Assert.Equal(["Mike Pompeo", "Tom Tugendhat", "Ben Wallace"], Names(page));
        Assert.Equal(("2", "2"), Counts(page, "mike-pompeo"));
        Assert.Equal(("1", "1"), Counts(page, "tom-tugendhat"));
        Assert.Equal(("0", "1"), Counts(page, "ben-wallace"));
        Assert.Equal("descending", page.QuerySelector("th[aria-sort]")!.GetAttribute("aria-sort"));
        Assert.Equal("/people?sort=name", page.QuerySelector("thead a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Sort_ByNameOrArticles_FollowsTheColumnHeaderLinks()
    {
        await TagThreePeopleAsync();
        await _api.TagAsync(Seed.Slug, "Mr Wallace", "person", new { slug = "ben-wallace" }, within: "Mr Wallace said");

        var byName = await _factory.CreateClient().GetDocumentAsync("/people?sort=name");
        var byArticles = await _factory.CreateClient().GetDocumentAsync("/people?sort=articles");

        Assert.Equal(["Ben Wallace", "Mike Pompeo", "Tom Tugendhat"], Names(byName));
        Assert.Equal("ascending", byName.QuerySelector("th[aria-sort]")!.GetAttribute("aria-sort"));
        Assert.Equal(["Mike Pompeo", "Tom Tugendhat", "Ben Wallace"], Names(byArticles)); // 2 articles, then 1 with a quote, then 1 without
        Assert.Equal(("0", "1"), Counts(byArticles, "ben-wallace")); // two mentions in one article count once
    }

    [Fact]
    public async Task Filter_MatchesNameOrAlias_IgnoringCaseAndAccents_WithoutJavaScript()
    {
        await TagThreePeopleAsync();
        var admin = _factory.CreateTokenClient(await _factory.CreateUserAsync("Ada", admin: true));
        await admin.PatchAsJsonAsync("/api/people/tom-tugendhat", new { aliases = new[] { "Thomas Tugendhát" } });

        var byAlias = await _factory.CreateClient().GetDocumentAsync("/people?q=THOMAS+TUGENDHAT&sort=name");
        var byName = await _factory.CreateClient().GetDocumentAsync("/people?q=pomp");
        var none = await _factory.CreateClient().GetDocumentAsync("/people?q=%3Cb%3Ezzz");

        Assert.Equal(["Tom Tugendhat"], Names(byAlias));
        Assert.Equal("THOMAS TUGENDHAT", ((AngleSharp.Html.Dom.IHtmlInputElement)byAlias.QuerySelector("#people-filter input[name=q]")!).Value);
        Assert.Equal("name", byAlias.QuerySelector("#people-filter input[name=sort]")!.GetAttribute("value")); // the sort survives a new search
        Assert.Equal("/people?q=THOMAS%20TUGENDHAT", byAlias.QuerySelectorAll("thead a")[1].GetAttribute("href")); // quotes is the default sort
        Assert.Equal(["Mike Pompeo"], Names(byName));
        Assert.Empty(none.QuerySelectorAll("tbody tr"));
        Assert.Null(none.QuerySelector("main b"));
        Assert.Equal("Nobody is called \u201c<b>zzz\u201d, by name or alias.", none.QuerySelector(".empty")!.TextContent);
    }

    [Fact]
    public async Task Empty_SaysHowPeopleAppear()
    {
        var page = await _factory.CreateClient().GetDocumentAsync("/people");

        Assert.Null(page.QuerySelector("table"));
        Assert.Contains("once a quote or a mention of them is tagged", page.QuerySelector(".empty")!.TextContent);
    }

    [Fact]
    public async Task ManyPeople_ArePaged50ToAPage_KeepingSortAndFilter()
    {
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsReader.Web.Data.NewsReaderDbContext>();
            for (var i = 0; i < 53; i++)
            {
                db.People.Add(new Person($"Paged Person {i:D2}", $"paged-person-{i:D2}", DateTimeOffset.UtcNow));
            }

            await db.SaveChangesAsync();
        }

        var first = await _factory.CreateClient().GetDocumentAsync("/people?q=paged&sort=name");
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await _factory.CreateClient().GetDocumentAsync(next);

        Assert.Equal(50, first.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("/people?q=paged&sort=name&page=2", next);
        Assert.Equal(["Paged Person 50", "Paged Person 51", "Paged Person 52"], Names(second));
        Assert.Null(second.QuerySelector("a[rel=next]"));
    }

    // Mike Pompeo: two quotes in two articles; Tom Tugendhat: one quote; Ben Wallace: mentioned only.
    private async Task TagThreePeopleAsync()
    {
        var other = await _factory.ImportAsync("index/other.txt", "Pompeo again\n\nMike Pompeo said: we are watching.");
        await _api.TagAsync(Seed.Slug, Seed.QuoteText, "quote", new { name = "Mike Pompeo" });
        await _api.TagAsync(other.Slug, "we are watching", "quote", new { slug = "mike-pompeo" });
        await _api.TagAsync(Seed.Slug, "statement leaves many concerns", "quote", new { name = "Tom Tugendhat" });
        await _api.TagAsync(Seed.Slug, "Ben Wallace", "person", new { name = "Ben Wallace" });
    }

    private static string[] Names(IDocument page) => [.. page.QuerySelectorAll("tbody tr td:first-child > a").Select(a => a.TextContent)];

    private static (string Quotes, string Articles) Counts(IDocument page, string slug)
    {
        var row = page.QuerySelector($"tbody a[href='/people/{slug}']")!.Closest("tr")!;
        return (row.QuerySelector("td.quotes")!.TextContent, row.QuerySelector("td.articles")!.TextContent);
    }
}
