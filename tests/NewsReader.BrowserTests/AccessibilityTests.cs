using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NewsReader.BrowserTests.Infrastructure;
using NewsReader.Web.Ingestion;
using NewsReader.Web.Tagging;
using static Microsoft.Playwright.Assertions;

namespace NewsReader.BrowserTests;

/// <summary>axe-core finds no serious or critical problems on the pages and the tagging UI's open states.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser, LiveApp app) : IClassFixture<LiveApp>
{
    [BrowserFact]
    public async Task The_article_list_and_the_sign_in_page()
    {
        await using var session = await BrowserSession.OpenAsync(browser, app);
        await session.Page.GotoAsync("/");
        await session.Page.AssertNoBlockingViolationsAsync("The article list");
        await session.Page.GotoAsync("/account/login");
        await session.Page.AssertNoBlockingViolationsAsync("The sign-in page");
    }

    [BrowserFact]
    public async Task An_article_with_nested_highlights_and_an_open_popover()
    {
        var user = await app.CreateUserAsync("Axe Author");
        var quote = await app.TagAsync(user, "Mr Pompeo will also meet Prime Minister Boris Johnson during his visit", "quote", "Mike Pompeo", note: "A *plan*, not a quote.");
        var person = await app.TagAsync(user, "Boris Johnson", "person", "Boris Johnson");
        await app.TagAsync(user, "Huawei", "topic", "Huawei");
        await using var session = await BrowserSession.OpenAsync(browser, app);
        await session.SignInAsync(user);
        await session.OpenSeedArticleAsync();
        var page = session.Page;
        await Expect(page.Locator($"#h-{quote.Id} #h-{person.Id}")).ToBeVisibleAsync();
        await page.AssertNoBlockingViolationsAsync("A signed-in article with nested highlights");

        await page.Locator($"#h-{quote.Id}").ClickAsync(new() { Position = new() { X = 4, Y = 4 } });
        await Expect(page.GetByRole(AriaRole.Dialog, new() { Name = "Quote", Exact = true })).ToBeVisibleAsync();
        await page.AssertNoBlockingViolationsAsync("The highlight popover");

        await using var anonymous = await BrowserSession.OpenAsync(browser, app);
        await anonymous.OpenSeedArticleAsync();
        await anonymous.Page.AssertNoBlockingViolationsAsync("A signed-out article with nested highlights");
    }

    [BrowserFact]
    public async Task Suggestions_their_popover_and_edit_form_and_the_review_queue()
    {
        var user = await app.CreateUserAsync("Axe Reviewer");
        await using var session = await BrowserSession.OpenAsync(browser, app);
        await session.SignInAsync(user);
        await session.OpenSeedArticleAsync();
        var page = session.Page;
        var suggested = page.Locator("#article-body span.sg-quote", new() { HasTextString = "back door" });

        await suggested.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog, new() { Name = "Suggested quote" })).ToBeVisibleAsync();
        await page.AssertNoBlockingViolationsAsync("The suggestion popover");
        await page.Keyboard.PressAsync("e");
        await Expect(page.Locator("#suggestions details.suggestion-edit[open]").First).ToBeVisibleAsync();
        await page.AssertNoBlockingViolationsAsync("A suggestion's edit form");

        await page.GotoAsync("/review");
        await page.AssertNoBlockingViolationsAsync("The review queue, signed in");
        await using var anonymous = await BrowserSession.OpenAsync(browser, app);
        await anonymous.Page.GotoAsync("/review");
        await anonymous.Page.AssertNoBlockingViolationsAsync("The review queue, signed out");
    }

    [BrowserFact]
    public async Task The_open_picker_with_its_options_and_an_error()
    {
        var user = await app.CreateUserAsync("Axe Tagger");
        await app.TagAsync(user, "Harry Dunn", "person", "Harry Dunn");
        await using var session = await BrowserSession.OpenAsync(browser, app);
        await session.SignInAsync(user);
        await session.OpenSeedArticleAsync();
        var page = session.Page;

        await session.SelectTextAsync("Anne Sacoolas");
        await page.AssertNoBlockingViolationsAsync("The article with the selection toolbar");
        await session.Toolbar.GetByRole(AriaRole.Button, new() { Name = "Quote", Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Tag a quote" });
        var speaker = dialog.GetByRole(AriaRole.Combobox, new() { Name = "Speaker" });
        await speaker.PressSequentiallyAsync("Harr");
        await Expect(dialog.GetByRole(AriaRole.Option, new() { Name = "Harry Dunn" })).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.AssertNoBlockingViolationsAsync("The picker with its listbox open");

        // An empty name is refused in the dialog itself, with an alert.
        await speaker.FillAsync(string.Empty);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(dialog.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Enter the speaker.");
        await page.AssertNoBlockingViolationsAsync("The picker showing an error");
    }

    [BrowserFact]
    public async Task A_revision_comparison_and_an_annotation_history_with_the_restore_button()
    {
        // An article of its own with two texts, so the shared seed article stays as the other tests expect it.
        var importer = app.Services.GetRequiredService<ArticleImporter>();
        const string first = "Axe checks a revised article\n\nThe committee will meet on Monday to discuss the plan.\n\nThis paragraph stays the same.";
        var second = first.Replace("will meet on Monday", "met on Tuesday", StringComparison.Ordinal) + "\n\nA paragraph added by the correction.";
        await importer.ImportAsync("axe-revised.txt", ArticleParser.Parse(first).Content!, CancellationToken.None);
        var revised = await importer.ImportAsync("axe-revised.txt", ArticleParser.Parse(second).Content!, CancellationToken.None);

        var user = await app.CreateUserAsync("Axe Historian");
        var annotation = await app.TagAsync(user, "Dominic Raab", "person", "Dominic Raab", note: "Foreign Secretary *then*.");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var deleted = await scope.ServiceProvider.GetRequiredService<AnnotationService>().DeleteAsync(annotation.Id, new Actor(user.Id, IsAdmin: false), CancellationToken.None);
            Assert.Equal(TaggingStatus.Ok, deleted.Status);
        }

        await using var session = await BrowserSession.OpenAsync(browser, app);
        var page = session.Page;
        await page.GotoAsync($"/articles/{revised.Slug}/revisions/1/compare");
        await Expect(page.Locator("ins").Filter(new() { HasTextString = "Tuesday" })).ToBeVisibleAsync();
        await page.AssertNoBlockingViolationsAsync("The comparison of two revisions");
        await page.GotoAsync($"/articles/{revised.Slug}/revisions");
        await page.AssertNoBlockingViolationsAsync("The list of revisions");

        await session.SignInAsync(user);
        await page.GotoAsync($"/annotations/{annotation.Id}/history");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Restore" })).ToBeVisibleAsync();
        await page.AssertNoBlockingViolationsAsync("A deleted annotation's history, with the restore button");
    }
}
