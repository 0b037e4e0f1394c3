using Microsoft.Playwright;
using NewsReader.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace NewsReader.BrowserTests;

/// <summary>Activating a highlight shows its details; its author (or an admin) can delete it there.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HighlightPopoverTests(BrowserFixture browser, LiveApp app) : IClassFixture<LiveApp>
{
    [BrowserFact]
    public async Task The_author_deletes_an_annotation_from_its_popover()
    {
        var author = await app.CreateUserAsync("Popover Author");
        var annotation = await app.TagAsync(author, "Dominic Raab", "person", "Dominic Raab", note: "Foreign Secretary *then*.");
        await using var session = await BrowserSession.OpenAsync(browser, app);
        await session.SignInAsync(author);
        await session.OpenSeedArticleAsync();
        await session.MarkDocumentAsync();
        var page = session.Page;

        await page.Locator($"#h-{annotation.Id}").ClickAsync();
        var popover = page.GetByRole(AriaRole.Dialog, new() { Name = "Person", Exact = true });
        await Expect(popover).ToBeFocusedAsync();
        await Expect(popover.GetByRole(AriaRole.Link, new() { Name = "Dominic Raab", Exact = true })).ToHaveAttributeAsync("href", "/people/dominic-raab");
        await Expect(popover.Locator(".annotation-note em")).ToHaveTextAsync("then");
        await Expect(popover).ToContainTextAsync("by Popover Author");
        await Expect(popover.GetByRole(AriaRole.Link, new() { Name = "Edit" })).ToHaveAttributeAsync("href", $"/annotations/{annotation.Id}/edit");

        await popover.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await Expect(page.Locator($"#article-body mark[data-annotation-id='{annotation.Id}']")).ToHaveCountAsync(0);
        await Expect(page.Locator($"#annotation-{annotation.Id}")).ToHaveCountAsync(0);
        await Expect(popover).ToBeHiddenAsync();
        await Expect(session.Status).ToHaveTextAsync("Deleted");
        Assert.False(await app.AnnotationExistsAsync(annotation.Id));
        Assert.True(await session.IsSameDocumentAsync(), "Deleting must not navigate or reload the page.");
        session.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task Another_reader_sees_the_details_but_no_Delete()
    {
        var author = await app.CreateUserAsync("First Author");
        var reader = await app.CreateUserAsync("Second Reader");
        var annotation = await app.TagAsync(author, "Anne Sacoolas", "person", "Anne Sacoolas");
        await using var session = await BrowserSession.OpenAsync(browser, app);
        await session.SignInAsync(reader);
        await session.OpenSeedArticleAsync();
        var page = session.Page;

        var entry = page.Locator($"#annotation-{annotation.Id}");
        await Expect(entry).ToContainTextAsync("by First Author");
        await Expect(entry.GetByRole(AriaRole.Button, new() { Name = "Delete" })).ToHaveCountAsync(0);
        await Expect(entry.GetByRole(AriaRole.Link, new() { Name = "Edit" })).ToHaveCountAsync(0);

        await page.Locator($"#h-{annotation.Id}").ClickAsync();
        var popover = page.GetByRole(AriaRole.Dialog, new() { Name = "Person", Exact = true });
        await Expect(popover).ToContainTextAsync("Anne Sacoolas");
        await Expect(popover).ToContainTextAsync("by First Author");
        await Expect(popover.GetByRole(AriaRole.Button, new() { Name = "Delete" })).ToHaveCountAsync(0);
        await Expect(popover.GetByRole(AriaRole.Link, new() { Name = "Edit" })).ToHaveCountAsync(0);
        session.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task Anonymous_readers_open_a_highlight_by_keyboard_and_Esc_returns_to_it()
    {
        var author = await app.CreateUserAsync("Keyboard Author");
        var annotation = await app.TagAsync(author, "Tom Tugendhat", "person", "Tom Tugendhat");
        await using var session = await BrowserSession.OpenAsync(browser, app);
        await session.OpenSeedArticleAsync();
        var page = session.Page;
        var mark = page.Locator($"#h-{annotation.Id}");
        var popover = page.GetByRole(AriaRole.Dialog, new() { Name = "Person", Exact = true });

        // Signed out: no toolbar for a selection, paragraphs are not focus stops, but highlights are.
        await page.GetByText("former chair of the Foreign Affairs Select Committee").SelectTextAsync();
        await page.WaitForTimeoutAsync(400); // longer than the script's wait for a selection to settle
        await Expect(session.Toolbar).ToHaveCountAsync(0);
        await Expect(page.Locator("#article-body p[tabindex]")).ToHaveCountAsync(0);
        await mark.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(popover).ToBeFocusedAsync();
        await Expect(popover.GetByRole(AriaRole.Link, new() { Name = "Tom Tugendhat", Exact = true })).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(popover).ToBeHiddenAsync();
        await Expect(mark).ToBeFocusedAsync();

        await page.Keyboard.PressAsync(" ");
        await Expect(popover).ToBeVisibleAsync();
        await popover.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
        await Expect(popover).ToBeHiddenAsync();
        await Expect(mark).ToBeFocusedAsync();
        session.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task A_click_on_nested_highlights_opens_the_innermost()
    {
        var author = await app.CreateUserAsync("Nesting Author");
        var quote = await app.TagAsync(author, "Mr Pompeo will also meet Prime Minister Boris Johnson during his visit", "quote", "Mike Pompeo");
        var person = await app.TagAsync(author, "Boris Johnson", "person", "Boris Johnson");
        await using var session = await BrowserSession.OpenAsync(browser, app);
        await session.OpenSeedArticleAsync();
        var page = session.Page;
        await Expect(page.Locator($"#h-{quote.Id} #h-{person.Id}")).ToHaveTextAsync("Boris Johnson");

        await page.Locator($"#h-{person.Id}").ClickAsync();
        var personPopover = page.GetByRole(AriaRole.Dialog, new() { Name = "Person", Exact = true });
        await Expect(personPopover.GetByRole(AriaRole.Link, new() { Name = "Boris Johnson", Exact = true })).ToBeVisibleAsync();

        // "Mr", the quote's first word, lies outside the person mention.
        await page.Locator($"#h-{quote.Id}").ClickAsync(new() { Position = new() { X = 4, Y = 4 } });
        var quotePopover = page.GetByRole(AriaRole.Dialog, new() { Name = "Quote", Exact = true });
        await Expect(quotePopover).ToContainTextAsync("Speaker: Mike Pompeo");
        await Expect(personPopover).ToBeHiddenAsync();
        session.AssertNoConsoleErrors();
    }
}
