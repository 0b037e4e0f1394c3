using Microsoft.Playwright;
using NewsReader.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace NewsReader.BrowserTests;

/// <summary>Tagging by selecting text: the toolbar, the picker, saving without a reload.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MouseTaggingTests(BrowserFixture browser, LiveApp app) : IClassFixture<LiveApp>
{
    [BrowserFact]
    public async Task A_quote_with_a_new_speaker_appears_at_once_and_after_a_reload()
    {
        var user = await app.CreateUserAsync("Quote Tagger");
        await using var session = await BrowserSession.OpenAsync(browser, app);
        await session.SignInAsync(user);
        await session.OpenSeedArticleAsync();
        await session.MarkDocumentAsync();
        var page = session.Page;

        await session.SelectTextAsync(SeedArticle.QuoteText);
        await session.Toolbar.GetByRole(AriaRole.Button, new() { Name = "Quote", Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Tag a quote" });
        var speaker = dialog.GetByRole(AriaRole.Combobox, new() { Name = "Speaker" });
        await Expect(speaker).ToBeFocusedAsync();
        await speaker.PressSequentiallyAsync("Mike Pompeo");
        await Expect(speaker).ToHaveAttributeAsync("aria-expanded", "true");
        await dialog.GetByRole(AriaRole.Option, new() { Name = "Create person \u201cMike Pompeo\u201d", Exact = true }).ClickAsync();
        await Expect(speaker).ToHaveValueAsync("Mike Pompeo");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        var quote = page.Locator("#article-body mark.hl-quote", new() { HasTextString = SeedArticle.QuoteText });
        await Expect(quote).ToHaveTextAsync(SeedArticle.QuoteText);
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(session.Status).ToHaveTextAsync("Tagged quote by Mike Pompeo");
        await Expect(page.Locator("#in-this-article .annotation-detail[data-kind=quote]", new() { HasTextString = "won\u2019t be able" })).ToContainTextAsync("Speaker: Mike Pompeo");
        Assert.True(await session.IsSameDocumentAsync(), "Saving must not navigate or reload the page.");

        await page.ReloadAsync();
        Assert.False(await session.IsSameDocumentAsync());
        await Expect(quote).ToHaveTextAsync(SeedArticle.QuoteText);
        await Expect(page.Locator("#in-this-article h4.speaker", new() { HasTextString = "Mike Pompeo" })).ToHaveCountAsync(1);
        session.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task A_person_and_a_topic_show_as_highlights_and_in_the_side_panel()
    {
        var user = await app.CreateUserAsync("Person Tagger");
        await using var session = await BrowserSession.OpenAsync(browser, app);
        await session.SignInAsync(user);
        await session.OpenSeedArticleAsync();
        await session.MarkDocumentAsync();
        var page = session.Page;

        // A sloppy selection (mid-word, with the comma after) snaps to the whole words.
        await session.SelectRangeAsync("en Wallace,", "en Wallace,");
        await session.Toolbar.GetByRole(AriaRole.Button, new() { Name = "Person", Exact = true }).ClickAsync();
        var personDialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Tag a person" });
        var person = personDialog.GetByRole(AriaRole.Combobox, new() { Name = "Person" });
        await Expect(person).ToHaveValueAsync("Ben Wallace");
        await Expect(personDialog.GetByRole(AriaRole.Option, new() { Name = "Create person \u201cBen Wallace\u201d" })).ToBeVisibleAsync();
        await person.PressAsync("Enter"); // no option chosen: Enter saves the typed name
        await Expect(page.Locator("#article-body mark.hl-person", new() { HasTextString = "Ben Wallace" })).ToHaveTextAsync("Ben Wallace");
        await Expect(session.Status).ToHaveTextAsync("Tagged person Ben Wallace");

        // The key t opens the topic picker for the selected text.
        await session.SelectTextAsync("5G");
        await page.Keyboard.PressAsync("t");
        var topicDialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Tag a topic" });
        var topic = topicDialog.GetByRole(AriaRole.Combobox, new() { Name = "Topic" });
        await Expect(topic).ToHaveValueAsync(string.Empty);
        await topic.FillAsync("5G");
        await topicDialog.GetByRole(AriaRole.Textbox, new() { Name = "Note" }).FillAsync("The **mobile** network.");
        await topicDialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.Locator("#article-body mark.hl-topic", new() { HasTextString = "5G" })).ToHaveTextAsync("5G");
        await Expect(session.Status).ToHaveTextAsync("Tagged topic 5G");

        var panel = page.Locator("#in-this-article");
        await Expect(panel.GetByRole(AriaRole.Link, new() { Name = "Ben Wallace", Exact = true }).First).ToHaveAttributeAsync("href", "/people/ben-wallace");
        await Expect(panel.GetByRole(AriaRole.Link, new() { Name = "5G", Exact = true }).First).ToHaveAttributeAsync("href", "/topics/5g");
        await Expect(panel.Locator(".annotation-detail[data-kind=person]", new() { HasTextString = "Ben Wallace" })).ToContainTextAsync("Person: Ben Wallace");
        await Expect(panel.Locator(".annotation-detail[data-kind=topic]", new() { HasTextString = "5G" }).Locator(".annotation-note strong")).ToHaveTextAsync("mobile");
        Assert.True(await session.IsSameDocumentAsync());
        session.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task A_refused_save_shows_the_servers_reason_in_the_dialog()
    {
        var user = await app.CreateUserAsync("Refused Tagger");
        await using var session = await BrowserSession.OpenAsync(browser, app);
        await session.SignInAsync(user);
        await session.OpenSeedArticleAsync();
        var page = session.Page;

        // Without the page's antiforgery token the API refuses a cookie-authenticated write (400).
        await page.EvaluateAsync("() => document.querySelector('meta[name=request-verification-token]').remove()");
        await session.SelectTextAsync("Anne Sacoolas");
        await session.Toolbar.GetByRole(AriaRole.Button, new() { Name = "Person", Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Tag a person" });
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(dialog.GetByRole(AriaRole.Alert)).ToContainTextAsync("must send the page's antiforgery token");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(page.Locator("#article-body mark.hl-person", new() { HasTextString = "Anne Sacoolas" })).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task A_mouse_drag_snaps_to_whole_words()
    {
        var user = await app.CreateUserAsync("Mouse Dragger");
        await using var session = await BrowserSession.OpenAsync(browser, app);
        await session.SignInAsync(user);
        await session.OpenSeedArticleAsync();
        var page = session.Page;

        // From inside "Foreign" to inside "Dominic", with a real mouse.
        var points = await page.EvaluateAsync<double[]>("""
            () => {
                const paragraph = [...document.querySelectorAll('#article-body p')].find(p => p.textContent.startsWith('But Foreign Secretary'));
                // The words may sit in different text nodes (a suggestion or highlight wraps a name).
                const at = word => {
                    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
                    let text = walker.nextNode();
                    while (text && !text.data.includes(word)) text = walker.nextNode();
                    const offset = text.data.indexOf(word);
                    const range = document.createRange();
                    range.setStart(text, offset);
                    range.setEnd(text, offset + 1);
                    const rect = range.getBoundingClientRect();
                    return [rect.left + 1, rect.top + rect.height / 2];
                };
                return [...at('reign'), ...at('minic')];
            }
            """);
        await page.Mouse.MoveAsync((float)points[0], (float)points[1]);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync((float)points[2], (float)points[3], new() { Steps = 5 });
        await page.Mouse.UpAsync();

        await Expect(session.Toolbar).ToBeVisibleAsync();
        // The browser's own selection grows to the whole words too, so the reader sees what will be tagged.
        await page.WaitForFunctionAsync("() => window.getSelection().toString() === 'Foreign Secretary Dominic'");
        await page.Keyboard.PressAsync("p");
        var person = page.GetByRole(AriaRole.Dialog, new() { Name = "Tag a person" }).GetByRole(AriaRole.Combobox, new() { Name = "Person" });
        await Expect(person).ToHaveValueAsync("Foreign Secretary Dominic");
        await page.Keyboard.PressAsync("Escape");
        await Expect(person).ToBeHiddenAsync();
        session.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task Without_JavaScript_the_form_still_tags()
    {
        var user = await app.CreateUserAsync("No Script");
        await using var session = await BrowserSession.OpenAsync(browser, app, javaScript: false);
        await session.SignInAsync(user);
        await session.OpenSeedArticleAsync();
        var page = session.Page;
        await Expect(page.Locator("#article-body p[tabindex]")).ToHaveCountAsync(0);

        await page.Locator("#tag-form-heading").ClickAsync();
        var form = page.Locator("#tag-form");
        var paragraph = await form.Locator("option", new() { HasTextString = "Tom Tugendhat" }).GetAttributeAsync("value");
        await form.GetByLabel("Paragraph").SelectOptionAsync(paragraph!);
        await form.GetByLabel("Exact text").FillAsync("Tom Tugendhat");
        await form.GetByLabel("Person mentioned").CheckAsync();
        await form.GetByLabel("Speaker, person or topic").FillAsync("Tom Tugendhat");
        await form.GetByRole(AriaRole.Button, new() { Name = "Tag" }).ClickAsync();

        await Expect(page.Locator("#article-body mark.hl-person", new() { HasTextString = "Tom Tugendhat" })).ToHaveTextAsync("Tom Tugendhat");
        await Expect(session.Toolbar).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task A_selection_across_paragraphs_is_explained_not_tagged()
    {
        var user = await app.CreateUserAsync("Cross Selector");
        await using var session = await BrowserSession.OpenAsync(browser, app);
        await session.SignInAsync(user);
        await session.OpenSeedArticleAsync();

        await session.SelectRangeAsync("previously said", "Foreign Secretary");
        await Expect(session.Toolbar).ToContainTextAsync("An annotation must lie within one paragraph");
        await Expect(session.Toolbar.GetByRole(AriaRole.Button, new() { Name = "Quote" })).ToBeHiddenAsync();
        await Expect(session.Status).ToContainTextAsync("within one paragraph");

        await session.Page.Keyboard.PressAsync("Escape");
        await Expect(session.Toolbar).ToBeHiddenAsync();
        session.AssertNoConsoleErrors();
    }
}
