using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NewsReader.BrowserTests.Infrastructure;
using NewsReader.Web.Data;
using NewsReader.Web.Domain;
using static Microsoft.Playwright.Assertions;

namespace NewsReader.BrowserTests;

/// <summary>Reviewing the extractor's suggestions on the article page with the keyboard: a accepts, r rejects, e edits.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SuggestionReviewTests(BrowserFixture browser, LiveApp app) : IClassFixture<LiveApp>
{
    [BrowserFact]
    public async Task A_accepts_and_r_rejects_the_focused_suggestion_and_focus_moves_on()
    {
        var user = await app.CreateUserAsync("Keyboard Reviewer");
        await using var session = await BrowserSession.OpenAsync(browser, app);
        await session.SignInAsync(user);
        await session.OpenSeedArticleAsync();
        var page = session.Page;
        var quote = page.Locator("#article-body span.sg-quote", new() { HasTextString = SeedArticle.QuoteText });
        await Expect(quote).ToHaveCountAsync(1);
        await Expect(quote).ToHaveCSSAsync("outline-style", "dashed");

        await quote.FocusAsync();
        await page.Keyboard.PressAsync("a");

        var accepted = page.Locator("#article-body mark.hl-quote", new() { HasTextString = SeedArticle.QuoteText });
        await Expect(accepted).ToHaveCountAsync(1);
        await Expect(session.Status).ToHaveTextAsync("Accepted quote by Mike Pompeo");
        await Expect(page.Locator("#article-body span.sg-quote", new() { HasTextString = SeedArticle.QuoteText })).ToHaveCountAsync(0);
        await Expect(page.Locator("#article-body span.sg[data-suggestion-id]:focus")).ToHaveCountAsync(1); // on to the next one

        var backDoor = page.Locator("#article-body span.sg-quote", new() { HasTextString = "back door" });
        await backDoor.FocusAsync();
        await page.Keyboard.PressAsync("r");

        await Expect(page.Locator("#article-body span.sg-quote", new() { HasTextString = "back door" })).ToHaveCountAsync(0);
        await Expect(session.Status).ToHaveTextAsync("Rejected; it will not be suggested again");
        await Expect(page.Locator("#article-body mark.hl", new() { HasTextString = "back door" })).ToHaveCountAsync(0);

        var stored = await StatusesAsync();
        Assert.Equal(SuggestionStatus.Accepted, stored[SeedArticle.QuoteText]);
        Assert.Equal(SuggestionStatus.Rejected, stored["back door"]);
        var annotation = await AnnotationAsync(SeedArticle.QuoteText);
        Assert.Equal(user.Id, annotation.AuthorId);
        Assert.NotNull(annotation.SuggestionId);

        // Still there after a reload: accepted as an annotation, rejected gone.
        await page.ReloadAsync();
        await Expect(accepted).ToHaveCountAsync(1);
        await Expect(page.Locator("#article-body span.sg", new() { HasTextString = "back door" })).ToHaveCountAsync(0);
        session.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task A_quote_without_a_named_speaker_asks_for_one_and_e_opens_the_edit_form()
    {
        var user = await app.CreateUserAsync("Speaker Namer");
        await using var session = await BrowserSession.OpenAsync(browser, app);
        await session.SignInAsync(user);
        await session.OpenSeedArticleAsync();
        var page = session.Page;
        var unnamed = page.Locator("#article-body span.sg-quote", new() { HasTextString = "disappointed" });

        await unnamed.FocusAsync();
        await page.Keyboard.PressAsync("a");

        var entry = page.Locator("#suggestions li.suggestion-detail", new() { HasTextString = "disappointed" });
        var speaker = entry.GetByLabel("Speaker");
        await Expect(speaker).ToBeFocusedAsync();
        await Expect(entry.Locator(".suggestion-error")).ToContainTextAsync("Name the person who said this quote");
        await page.Keyboard.TypeAsync("Pat Official");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("#article-body mark.hl-quote", new() { HasTextString = "disappointed" })).ToHaveCountAsync(1);
        await Expect(page.Locator(".review-message")).ToHaveTextAsync("Accepted: quote by Pat Official.");

        // e on another suggestion opens its Edit form, focus in the name field.
        var person = page.Locator("#article-body span.sg-person", new() { HasTextString = "Dominic Raab" });
        await person.FocusAsync();
        await page.Keyboard.PressAsync("e");
        var raab = page.Locator("#suggestions li.suggestion-detail", new() { HasTextString = "Dominic Raab" });
        await Expect(raab.GetByLabel("Person")).ToBeFocusedAsync();
        // The form is the page's template filled in for this suggestion; it posts like a rendered one.
        await Expect(raab.GetByLabel("Text")).ToHaveValueAsync("Dominic Raab");
        await Expect(raab.GetByLabel("Person")).ToHaveValueAsync("Dominic Raab");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#article-body mark.hl-person", new() { HasTextString = "Dominic Raab" })).ToHaveCountAsync(1);
        session.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task The_toggle_hides_suggestions_and_takes_them_out_of_the_tab_order_and_is_remembered()
    {
        var user = await app.CreateUserAsync("Toggle User");
        await using var session = await BrowserSession.OpenAsync(browser, app);
        await session.SignInAsync(user);
        await session.OpenSeedArticleAsync();
        var page = session.Page;
        var first = page.Locator("#article-body span.sg[id]").First;
        await Expect(first).ToHaveAttributeAsync("tabindex", "0");

        await page.GetByLabel("Show").UncheckAsync();

        await Expect(first).ToHaveCSSAsync("outline-style", "none");
        await Expect(first).ToHaveAttributeAsync("tabindex", "-1");
        await Expect(page.Locator("#suggestions")).ToBeHiddenAsync();
        await page.ReloadAsync();
        await Expect(page.GetByLabel("Show")).Not.ToBeCheckedAsync();
        await Expect(page.Locator("#article-body span.sg[id]").First).ToHaveCSSAsync("outline-style", "none");
        session.AssertNoConsoleErrors();
    }

    private async Task<Dictionary<string, SuggestionStatus>> StatusesAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsReaderDbContext>();
        var rows = await db.Suggestions.AsNoTracking().Where(s => s.Kind == AnnotationKind.Quote).Select(s => new { s.Exact, s.Status }).ToListAsync();
        return rows.GroupBy(r => r.Exact).ToDictionary(g => g.Key, g => g.First().Status);
    }

    private async Task<Annotation> AnnotationAsync(string exact)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsReaderDbContext>();
        return await db.Annotations.AsNoTracking().SingleAsync(a => a.Exact == exact);
    }
}
