using System.Net.Http.Json;
using NewsReader.IntegrationTests.Infrastructure;
using NewsReader.Web.Reviewing;
using Microsoft.Extensions.DependencyInjection;

namespace NewsReader.IntegrationTests.Pages.People;

/// <summary>
/// Issue 12: the person page is paged, so it costs a page whatever the person's total. 45 articles each
/// quote Ada Quill once and name her elsewhere: quotes and tagged articles come 20 a page, each list
/// with its own page parameter; "also named in" shows a bounded few and says where the rest are.
/// </summary>
public sealed class PersonPagingTests(PersonPagingTests.App app) : IClassFixture<PersonPagingTests.App>
{
    private const int Articles = 45;

    [Fact]
    public async Task Quotes_ComeTwentyAPage_NewestArticleFirst_AndThePagerKeepsTheOtherList()
    {
        var client = await app.ReadyAsync();

        var first = await client.GetDocumentAsync("/people/ada-quill");
        var third = await client.GetDocumentAsync("/people/ada-quill?page=3&articles=2");

        Assert.Contains("45 quotes", first.QuerySelector(".person-counts")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(20, first.QuerySelectorAll(".quote-item").Length);
        Assert.Contains("number 45", first.QuerySelector(".quote-item")!.TextContent, StringComparison.Ordinal); // newest first
        Assert.Equal(5, third.QuerySelectorAll(".quote-item").Length);
        var pager = third.QuerySelector("nav[aria-label='Pages of quotes']")!;
        Assert.Equal("/people/ada-quill?articles=2&page=2#quotes", pager.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Contains("Page 3 of 3", pager.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaggedArticles_ComeTwentyAPage_UnderTheirOwnParameter()
    {
        var client = await app.ReadyAsync();

        var first = await client.GetDocumentAsync("/people/ada-quill");
        var last = await client.GetDocumentAsync("/people/ada-quill?articles=3");
        var past = await client.GetDocumentAsync("/people/ada-quill?articles=99");

        Assert.Equal(20, first.QuerySelectorAll("#tagged-articles li").Length);
        Assert.Equal(5, last.QuerySelectorAll("#tagged-articles li").Length);
        Assert.Equal(5, past.QuerySelectorAll("#tagged-articles li").Length); // past the end: the last page
        Assert.Equal(20, last.QuerySelectorAll(".quote-item").Length); // the quotes stay on their first page
        var next = first.QuerySelector("nav[aria-label='Pages of tagged articles'] a[rel=next]")!.GetAttribute("href");
        Assert.Equal("/people/ada-quill?articles=2#tagged-articles", next);
    }

    [Fact]
    public async Task AlsoNamedIn_ShowsTheTwentyNewestSuggested_AndSaysWhereTheRestAre()
    {
        var client = await app.ReadyAsync();

        var page = await client.GetDocumentAsync("/people/bram-stoker-vale");

        Assert.Equal(20, page.QuerySelectorAll(".suggested-mentions li").Length);
        Assert.Contains("The 20 articles with the newest suggested mentions", page.QuerySelector("#also-named .list-bound")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("number 45", page.QuerySelector(".suggested-mentions li")!.TextContent, StringComparison.Ordinal);
    }

    public sealed class App : NewsReaderFactory
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private HttpClient? _client;

        public async Task<HttpClient> ReadyAsync()
        {
            await _gate.WaitAsync();
            try
            {
                if (_client is null)
                {
                    var tagger = this.CreateTokenClient(await this.CreateUserAsync("pager"));
                    for (var i = 1; i <= Articles; i++)
                    {
                        var text = $"Quill speaks, number {i}\n\n\"We will build the bridge,\" said Ada Quill, in speech number {i}.\n\n" +
                            $"The minister Bram Stoker Vale said the plan had merit, and Bram Stoker Vale added that work starts soon, round {i}.\n";
                        var slug = (await this.ImportAsync($"quill-{i:D2}.txt", text)).Slug;
                        var article = await tagger.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/articles/{slug}");
                        var paragraph = article.GetProperty("paragraphs")[0];
                        var quote = "We will build the bridge,";
                        var start = paragraph.GetProperty("text").GetString()!.IndexOf(quote, StringComparison.Ordinal);
                        var body = new { paragraphId = paragraph.GetProperty("id").GetInt32(), start, end = start + quote.Length, exact = quote, kind = "quote", person = new { name = "Ada Quill" } };
                        (await tagger.PostAsJsonAsync($"/api/articles/{slug}/annotations", body)).EnsureSuccessStatusCode();
                    }

                    // The extractor suggests Bram Stoker Vale in each; a person of that name makes them his leads.
                    await Services.GetRequiredService<SuggestionGenerator>().SuggestAsync(null, null, CancellationToken.None);
                    var seedParagraph = (await Seed.ParagraphsAsync(tagger)).First(p => p.Text.Contains("Mike Pompeo", StringComparison.Ordinal));
                    var mention = await Seed.AnnotationFor(tagger, "Mike Pompeo", "person", person: new { name = "Bram Stoker Vale" }, within: seedParagraph.Text);
                    (await tagger.PostAsJsonAsync($"/api/articles/{Seed.Slug}/annotations", mention)).EnsureSuccessStatusCode();
                    _client = CreateClient();
                }

                return _client;
            }
            finally
            {
                _gate.Release();
            }
        }
    }
}
