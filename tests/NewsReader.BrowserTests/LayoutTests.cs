using Microsoft.Playwright;
using NewsReader.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace NewsReader.BrowserTests;

/// <summary>
/// The toolbar, the picker and the popover stay on screen on a desktop and on a phone. Set NEWSREADER_SCREENSHOTS
/// to a folder to also save screenshots of each state there, for a person to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(BrowserFixture browser, LiveApp app) : IClassFixture<LiveApp>
{
    [BrowserFact]
    public Task Everything_fits_a_phone() => CheckAsync(360, 740);

    [BrowserFact]
    public Task Everything_fits_a_desktop() => CheckAsync(1280, 900);

    private async Task CheckAsync(int width, int height)
    {
        var user = await app.CreateUserAsync($"Layout {width}");
        var annotation = await app.TagAsync(user, "Dominic Raab", "person", "Dominic Raab", note: "Foreign Secretary from **2019** to 2021.");
        await using var session = await BrowserSession.OpenAsync(browser, app, width, height);
        await session.SignInAsync(user);
        await session.OpenSeedArticleAsync();
        var page = session.Page;

        await session.SelectTextAsync(SeedArticle.QuoteText);
        await AssertOnScreenAsync(page, session.Toolbar, width, height);
        await SaveScreenshotAsync(page, $"toolbar-{width}");

        await session.Toolbar.GetByRole(AriaRole.Button, new() { Name = "Quote", Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Tag a quote" });
        await dialog.GetByRole(AriaRole.Combobox).PressSequentiallyAsync("Dominic");
        await Expect(dialog.GetByRole(AriaRole.Option, new() { Name = "Dominic Raab" })).ToBeVisibleAsync();
        await AssertOnScreenAsync(page, dialog, width, height);
        await SaveScreenshotAsync(page, $"picker-{width}");
        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("Escape");

        await page.Locator($"#h-{annotation.Id}").ClickAsync();
        var popover = page.GetByRole(AriaRole.Dialog, new() { Name = "Person", Exact = true });
        await AssertOnScreenAsync(page, popover, width, height);
        await SaveScreenshotAsync(page, $"popover-{width}");

        await page.Keyboard.PressAsync("Escape");
        await page.Locator("#article-body p", new() { HasTextString = "Huawei equipment posed" }).FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("Shift+ArrowRight");
        await AssertOnScreenAsync(page, session.Toolbar, width, height);
        await SaveScreenshotAsync(page, $"cursor-{width}");
        session.AssertNoConsoleErrors();
    }

    private static async Task AssertOnScreenAsync(IPage page, ILocator locator, int width, int height)
    {
        await Expect(locator).ToBeVisibleAsync();
        var box = await locator.BoundingBoxAsync() ?? throw new InvalidOperationException("The element has no box.");
        Assert.True(box.X >= 0 && box.Y >= 0 && box.X + box.Width <= width && box.Y + box.Height <= height,
            $"{await locator.GetAttributeAsync("class")} at ({box.X}, {box.Y}) {box.Width}x{box.Height} leaves the {width}x{height} viewport.");
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "The page scrolls sideways.");
    }

    private static async Task SaveScreenshotAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("NEWSREADER_SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png") });
        }
    }
}
