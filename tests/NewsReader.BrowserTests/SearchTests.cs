using Microsoft.Playwright;
using NewsReader.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace NewsReader.BrowserTests;

/// <summary>Person-first search as a reader does it: the header box, a misspelt name, a quote, its highlight.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchTests(BrowserFixture browser, LiveApp app) : IClassFixture<LiveApp>
{
    [BrowserFact]
    public async Task A_misspelt_name_in_the_header_search_leads_to_their_quote_and_its_highlight()
    {
        var author = await app.CreateUserAsync("Searcher");
        var quote = await app.TagAsync(author, "we respect that", "quote", "Ben Wallace");
        await using var session = await BrowserSession.OpenAsync(browser, app);
        var page = session.Page;
        await page.GotoAsync(app.Url("/"));

        // Type-ahead offers the person while typing a misspelling...
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search people, topics, quotes and articles" });
        await box.FillAsync("ben walace");
        await Expect(page.Locator("#header-search-suggestions [role=option]").First).ToContainTextAsync("Ben Wallace");

        // ...and submitting the box finds them too.
        // Waits key on what each page shows, not on navigation events (those race under load).
        await box.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/search\?q=ben\+walace"));
        await page.Locator(".search-people a", new() { HasText = "Ben Wallace" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/people/ben-wallace$"));
        await page.Locator($"a[href$='#h-{quote.Id}']").First.ClickAsync();

        // The link leads to the article, scrolled to the highlight (its id is the URL's fragment).
        var highlight = page.Locator($"#h-{quote.Id}");
        await Expect(highlight).ToBeVisibleAsync();
        Assert.Contains($"/articles/", page.Url, StringComparison.Ordinal);
        await Expect(highlight).ToHaveTextAsync("we respect that");
        await Expect(highlight).ToBeInViewportAsync();
        session.AssertNoConsoleErrors();
    }
}
