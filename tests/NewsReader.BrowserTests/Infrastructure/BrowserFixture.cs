using Microsoft.Playwright;

namespace NewsReader.BrowserTests.Infrastructure;

/// <summary>One headless Chromium shared by every browser test; each test opens its own context (cookies, storage).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException($"Chromium is not running (is {Chromium.ExecutablePath} installed?).");

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled)
        {
            return; // every [BrowserFact] is skipped
        }

        // Expectations retry for up to 15 s: on a loaded two-core CI machine a page may be slow, not wrong.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

/// <summary>The browser tests run one class at a time: two cores do not run several browsers and apps well.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
