using Microsoft.Playwright;
using NewsReader.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace NewsReader.BrowserTests;

/// <summary>After an edit of the article: re-attaching an orphan by keyboard, and undoing changes by button and Ctrl+Z.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RevisionTests(BrowserFixture browser, LiveApp app) : IClassFixture<LiveApp>
{
    private const string Sentence = "Huawei equipment posed";

    [BrowserFact]
    public async Task An_orphan_is_reattached_by_keyboard_alone()
    {
        var user = await app.CreateUserAsync("Orphan Keeper");
        var orphan = await app.TagAsync(user, "lots of assurances", "topic", "Assurances");
        await app.ReviseAsync(text => text[..text.LastIndexOf("\n\n", StringComparison.Ordinal)]); // the last paragraph goes
        await using var session = await BrowserSession.OpenAsync(browser, app);
        await session.SignInAsync(user);
        await session.OpenSeedArticleAsync();
        var page = session.Page;
        var entry = page.Locator($"#orphaned #annotation-{orphan.Id}");
        await Expect(entry).ToContainTextAsync("earlier version");
        await page.AssertNoBlockingViolationsAsync("An article with an orphaned annotation");

        await entry.GetByRole(AriaRole.Link, new() { Name = "Re-attach" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#change-status")).ToContainTextAsync("Select the text where");
        var paragraph = page.Locator("#article-body p", new() { HasTextString = Sentence });
        await paragraph.FocusAsync();
        await page.Keyboard.PressAsync("Home");
        for (var i = 0; i < 4; i++)
        {
            await page.Keyboard.PressAsync("ArrowRight");
        }

        await Expect(session.Status).ToHaveTextAsync("Selected: Huawei");
        await Expect(session.Toolbar.GetByRole(AriaRole.Button, new() { Name = "Re-attach here" })).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("r");

        await Expect(page.Locator($"#h-{orphan.Id}")).ToHaveTextAsync("Huawei");
        await Expect(page.Locator("#orphaned")).ToHaveCountAsync(0);
        await Expect(page.Locator("#change-status")).ToContainTextAsync("Re-attached");
        session.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task A_delete_is_undone_by_the_Undo_button_and_by_Ctrl_Z()
    {
        var user = await app.CreateUserAsync("Second Thoughts");
        var first = await app.TagAsync(user, "Anne Sacoolas", "person", "Anne Sacoolas");
        var second = await app.TagAsync(user, "Dominic Raab", "person", "Dominic Raab");
        await using var session = await BrowserSession.OpenAsync(browser, app);
        await session.SignInAsync(user);
        await session.OpenSeedArticleAsync();
        var page = session.Page;

        await DeleteAsync(page, first.Id, "Anne Sacoolas");
        await page.Locator("#change-status").GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();
        await Expect(page.Locator($"#h-{first.Id}")).ToHaveTextAsync("Anne Sacoolas");
        await Expect(page.Locator("#change-status").GetByRole(AriaRole.Button, new() { Name = "Redo" })).ToBeVisibleAsync();

        await DeleteAsync(page, second.Id, "Dominic Raab");
        await page.Locator("#article-body p").First.FocusAsync();
        await page.Keyboard.PressAsync("Control+z");
        await Expect(page.Locator($"#h-{second.Id}")).ToHaveTextAsync("Dominic Raab");
        await page.Keyboard.PressAsync("Control+Shift+z");
        await Expect(page.Locator($"#h-{second.Id}")).ToHaveCountAsync(0);
        Assert.True(await app.AnnotationExistsAsync(first.Id));
        Assert.False(await app.AnnotationExistsAsync(second.Id));
        session.AssertNoConsoleErrors();
    }

    private static async Task DeleteAsync(IPage page, int id, string text)
    {
        await page.Locator($"#h-{id}").ClickAsync();
        await page.GetByRole(AriaRole.Dialog, new() { Name = "Person", Exact = true }).GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await Expect(page.Locator($"#h-{id}")).ToHaveCountAsync(0);
        await Expect(page.Locator("#change-status")).ToContainTextAsync("Deleted");
        Assert.DoesNotContain(text, await page.Locator("#article-body mark").AllTextContentsAsync());
    }
}
