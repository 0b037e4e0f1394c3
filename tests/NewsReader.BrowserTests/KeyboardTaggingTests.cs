using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsReader.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace NewsReader.BrowserTests;

/// <summary>Tagging with the keyboard only: the word cursor in a focused paragraph, the picker's combobox keys.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class KeyboardTaggingTests(BrowserFixture browser, LiveApp app) : IClassFixture<LiveApp>
{
    private const string Sentence = "Huawei equipment posed";

    [BrowserFact]
    public async Task Arrow_keys_choose_words_and_t_tags_them_as_a_topic()
    {
        var user = await app.CreateUserAsync("Keyboard Tagger");
        await using var session = await BrowserSession.OpenAsync(browser, app);
        await session.SignInAsync(user);
        await session.OpenSeedArticleAsync();
        var page = session.Page;
        var paragraph = page.Locator("#article-body p", new() { HasTextString = Sentence });
        var htmlBefore = await paragraph.InnerHTMLAsync();

        await paragraph.FocusAsync();
        await Expect(paragraph).ToHaveAttributeAsync("aria-label", ParagraphLabel());
        await page.Keyboard.PressAsync("End");
        await Expect(session.Status).ToHaveTextAsync("Selected: it");
        await page.Keyboard.PressAsync("Home");
        await Expect(session.Status).ToHaveTextAsync("Selected: Mr");
        for (var i = 0; i < 4; i++)
        {
            await page.Keyboard.PressAsync("ArrowRight");
        }

        await Expect(session.Status).ToHaveTextAsync("Selected: Huawei");
        await page.Keyboard.PressAsync("Shift+ArrowRight");
        await page.Keyboard.PressAsync("Shift+ArrowRight");
        await page.Keyboard.PressAsync("Shift+ArrowLeft");
        await Expect(session.Status).ToHaveTextAsync("Selected: Huawei equipment");
        await Expect(session.Toolbar).ToBeVisibleAsync();
        // The cursor is painted with the CSS Custom Highlight API: the paragraph's DOM is untouched.
        Assert.True(await page.EvaluateAsync<bool>("() => CSS.highlights.has('tag-cursor') && CSS.highlights.has('tag-chosen')"));
        Assert.Equal(htmlBefore, await paragraph.InnerHTMLAsync());

        await page.Keyboard.PressAsync("t");
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Tag a topic" });
        await Expect(dialog.GetByRole(AriaRole.Combobox, new() { Name = "Topic" })).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Huawei");
        await Expect(dialog.GetByRole(AriaRole.Option, new() { Name = "Create topic \u201cHuawei\u201d" })).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(paragraph.Locator("mark.hl-topic")).ToHaveTextAsync("Huawei equipment");
        await Expect(session.Status).ToHaveTextAsync("Tagged topic Huawei");
        await Expect(paragraph).ToBeFocusedAsync(); // ready for the next words
        session.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task The_picker_is_driven_by_arrows_Enter_and_Esc()
    {
        var user = await app.CreateUserAsync("Combobox User");
        await app.TagAsync(user, "Harry Dunn", "person", "Harry Dunn");
        await using var session = await BrowserSession.OpenAsync(browser, app);
        await session.SignInAsync(user);
        await session.OpenSeedArticleAsync();
        var page = session.Page;
        var paragraph = page.Locator("#article-body p", new() { HasTextString = "the case of Harry Dunn" });

        // Esc in the picker cancels it and gives focus back to the paragraph, the words still chosen.
        await paragraph.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(session.Status).ToHaveTextAsync("Selected: But");
        await page.Keyboard.PressAsync("q");
        var quoteDialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Tag a quote" });
        await Expect(quoteDialog).ToBeVisibleAsync();
        await Expect(quoteDialog).ToHaveAttributeAsync("aria-modal", "true");
        // Focus is trapped: Shift+Tab from the first field wraps to the last button, Tab wraps back.
        await page.Keyboard.PressAsync("Shift+Tab");
        await Expect(quoteDialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(quoteDialog.GetByRole(AriaRole.Combobox, new() { Name = "Speaker" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(quoteDialog).ToBeHiddenAsync();
        await Expect(paragraph).ToBeFocusedAsync();
        await Expect(session.Toolbar).ToBeVisibleAsync();

        // Tab reaches the toolbar's buttons; Esc there clears the words and returns to the paragraph.
        await session.Toolbar.GetByRole(AriaRole.Button, new() { Name = "Quote", Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(session.Toolbar.GetByRole(AriaRole.Button, new() { Name = "Person", Exact = true })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(session.Toolbar).ToBeHiddenAsync();
        await Expect(paragraph).ToBeFocusedAsync();
        Assert.False(await page.EvaluateAsync<bool>("() => CSS.highlights.has('tag-cursor')"));

        // "Harry Dunn" are the 5th and 6th words; p opens the picker, Down and Enter pick the existing person.
        await page.Keyboard.PressAsync("Home");
        for (var i = 0; i < 4; i++)
        {
            await page.Keyboard.PressAsync("ArrowRight");
        }

        await page.Keyboard.PressAsync("Shift+ArrowRight");
        await Expect(session.Status).ToHaveTextAsync("Selected: Harry Dunn");
        await page.Keyboard.PressAsync("p");
        var personDialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Tag a person" });
        var combobox = personDialog.GetByRole(AriaRole.Combobox, new() { Name = "Person" });
        await Expect(combobox).ToHaveValueAsync("Harry Dunn");
        await combobox.FillAsync("harry");
        var existing = personDialog.GetByRole(AriaRole.Option, new() { Name = "Harry Dunn" });
        await Expect(existing).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(existing).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(combobox).ToHaveAttributeAsync("aria-activedescendant", (await existing.GetAttributeAsync("id"))!);
        await page.Keyboard.PressAsync("Enter");
        await Expect(combobox).ToHaveValueAsync("Harry Dunn");
        await Expect(combobox).ToHaveAttributeAsync("aria-expanded", "false");
        await page.Keyboard.PressAsync("Enter");

        await Expect(session.Status).ToHaveTextAsync("Tagged person Harry Dunn");
        await Expect(paragraph.Locator("mark.hl-person")).ToHaveCountAsync(2); // the server's and this one, same person
        await Expect(page.Locator("#in-this-article").GetByRole(AriaRole.Link, new() { Name = "2 mentions" })).ToBeVisibleAsync();
        session.AssertNoConsoleErrors();
    }

    [GeneratedRegex(@"^Paragraph \d+, press arrow keys to select words$")]
    private static partial Regex ParagraphLabel();
}
