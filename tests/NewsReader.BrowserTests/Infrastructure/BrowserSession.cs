using Microsoft.Playwright;

namespace NewsReader.BrowserTests.Infrastructure;

/// <summary>
/// One test's browser context and page against a <see cref="LiveApp"/>, recording console errors and uncaught
/// exceptions so a test can assert the page ran cleanly.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    // Selects text in the article body as a mouse drag would: a DOM Range from the first occurrence of `from`
    // to the end of the first occurrence of `to` (after it), then the mouseup the tagging script listens for.
    private const string SelectScript = """
        ([from, to]) => {
            const paragraphs = [...document.querySelectorAll('#article-body p[data-paragraph-id]')];
            const point = (text, after, atEnd) => {
                for (const paragraph of paragraphs) {
                    if (after && (paragraph.compareDocumentPosition(after.paragraph) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
                    const index = paragraph.textContent.indexOf(text);
                    if (index < 0) continue;
                    let offset = index + (atEnd ? text.length : 0);
                    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
                    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                        if (offset < node.data.length || (atEnd && offset === node.data.length)) return { paragraph, node, offset };
                        offset -= node.data.length;
                    }
                }
                throw new Error(`No paragraph contains "${text}"`);
            };
            const start = point(from, null, false);
            const end = point(to, start, true);
            const range = document.createRange();
            range.setStart(start.node, start.offset);
            range.setEnd(end.node, end.offset);
            const selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
            document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        }
        """;

    private readonly List<string> _errors = [];

    private BrowserSession(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            // Any console error (a failed request, a CSP violation, a script error) fails the test that checks.
            if (message.Type == "error")
            {
                _errors.Add($"console: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => _errors.Add($"uncaught: {error}");
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>The toolbar the tagging script shows by a selection.</summary>
    public ILocator Toolbar => Page.GetByRole(AriaRole.Group, new() { Name = "Tag selected text" });

    public ILocator Status => Page.Locator("#tag-status");

    public static async Task<BrowserSession> OpenAsync(BrowserFixture browser, LiveApp app, int width = 1280, int height = 900, bool javaScript = true)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
            JavaScriptEnabled = javaScript,
        });
        // Generous: CI runs the test assemblies side by side on two cores, so a page can be slow, not broken.
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(30_000);
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page);
    }

    /// <summary>Signs in through the real sign-in form, as a person would.</summary>
    public async Task SignInAsync(TestUser user)
    {
        await Page.GotoAsync("/account/login");
        await Page.Locator("[name='Input.Email']").FillAsync(user.Email);
        await Page.Locator("[name='Input.Password']").FillAsync(user.Password);
        await Page.Locator("main form button[type=submit]").ClickAsync();

        // Wait for what only a signed-in page shows, not for navigation events (racy under load).
        try
        {
            await Page.Locator(".signed-in").WaitForAsync(new() { State = WaitForSelectorState.Visible });
        }
        catch (TimeoutException)
        {
            var errors = await Page.Locator(".form-errors").AllTextContentsAsync();
            throw new InvalidOperationException($"Sign-in did not complete; the page is {Page.Url} saying: {string.Join(" ", errors)}");
        }

        Assert.Equal("/", new Uri(Page.Url).AbsolutePath);
    }

    public async Task OpenSeedArticleAsync()
    {
        await Page.GotoAsync(SeedArticle.Path);
        await Page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    /// <summary>Selects <paramref name="text"/> (first occurrence) and waits for the tagging toolbar.</summary>
    public Task SelectTextAsync(string text) => SelectRangeAsync(text, text);

    /// <summary>Selects from the start of <paramref name="from"/> to the end of <paramref name="to"/>, possibly across paragraphs.</summary>
    public async Task SelectRangeAsync(string from, string to)
    {
        await Page.EvaluateAsync(SelectScript, new[] { from, to });
        await Assertions.Expect(Toolbar).ToBeVisibleAsync();
    }

    /// <summary>Sets a marker on the window: it survives in-page updates and disappears with any navigation.</summary>
    public Task MarkDocumentAsync() => Page.EvaluateAsync("() => { window.__sameDocument = true; }");

    public Task<bool> IsSameDocumentAsync() => Page.EvaluateAsync<bool>("() => window.__sameDocument === true");

    public void AssertNoConsoleErrors() => Assert.True(_errors.Count == 0, "The page logged errors:\n" + string.Join("\n", _errors));

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
