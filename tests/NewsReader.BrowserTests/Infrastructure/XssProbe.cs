using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace NewsReader.BrowserTests.Infrastructure;

/// <summary>
/// A browser context that catches any script a payload manages to run, and records what a page shows that it
/// should not. The app's Content-Security-Policy is bypassed on purpose: it would stop inline script anyway, and
/// these tests check the layer beneath it, that user text never becomes markup at all.
/// </summary>
public sealed class XssProbe : IAsyncDisposable
{
    // Runs in every page and frame before the app's scripts: reports dialogs, the marker global and title changes
    // to the test through an exposed function, so even script that runs and navigates away is caught.
    private const string Tripwires = """
        (() => {
            const report = what => { try { window.__xssReport(`${what} at ${location.href}`); } catch { } };
            for (const name of ['alert', 'confirm', 'prompt', 'print']) {
                const original = window[name];
                window[name] = function (...args) { report(`${name}(${args.join(', ')})`); return original.apply(this, args); };
            }
            let marker;
            Object.defineProperty(window, '__xss', { get: () => marker, set: value => { marker = value; report(`window.__xss = ${value}`); } });
            const title = Object.getOwnPropertyDescriptor(Document.prototype, 'title');
            Object.defineProperty(Document.prototype, 'title', {
                configurable: true,
                get() { return title.get.call(this); },
                set(value) { report(`document.title = ${value}`); title.set.call(this, value); },
            });
        })();
        """;

    // Lists what no page of this app ever contains: active or framing elements, event-handler attributes,
    // script-bearing URLs, style that loads or runs something, and refresh or base-URL changes.
    private const string AuditScript = """
        () => {
            const problems = [];
            const forbidden = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'svg', 'math', 'img', 'image',
                'video', 'audio', 'source', 'track', 'marquee', 'style', 'xmp', 'noscript', 'template', 'portal', 'isindex', 'bgsound',
                'plaintext', 'canvas', 'picture', 'animate', 'set', 'foreignobject', 'mglyph']);
            const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcset',
                'ping', 'cite', 'codebase', 'lowsrc', 'dynsrc', 'longdesc', 'manifest', 'icon', 'usemap', 'archive', 'classid', 'values', 'to', 'from', 'by']);
            const describe = element => element.outerHTML.slice(0, 120);
            for (const element of document.querySelectorAll('*')) {
                const tag = element.localName.toLowerCase();
                if (forbidden.has(tag)) problems.push(`a <${tag}> element: ${describe(element)}`);
                if (tag === 'script' && !(element.getAttribute('src') || '').startsWith('/js/')) problems.push(`a script that is not the app's: ${describe(element)}`);
                if (tag === 'meta' && element.hasAttribute('http-equiv')) problems.push(`a meta http-equiv: ${describe(element)}`);
                if (tag === 'link' && !(element.parentElement === document.head && /^(stylesheet|icon)$/.test(element.rel))) problems.push(`a stray link: ${describe(element)}`);
                if (tag === 'form' && element.hasAttribute('action') && !/^\/(?!\/)/.test(element.getAttribute('action'))) problems.push(`a form posting elsewhere: ${describe(element)}`);
                for (const attribute of element.attributes) {
                    const name = attribute.name.toLowerCase();
                    const value = attribute.value;
                    if (name.startsWith('on')) problems.push(`an event handler ${name} on <${tag}>: ${describe(element)}`);
                    if (name === 'srcdoc') problems.push(`a srcdoc on <${tag}>`);
                    if (name === 'style' && /expression|url\(|javascript|behavior|binding|@import/i.test(value)) problems.push(`active style on <${tag}>: ${value}`);
                    if (urlAttributes.has(name)) {
                        const cleaned = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
                        const favicon = tag === 'link' && element.rel === 'icon' && value === 'data:,';
                        if (/^(javascript|vbscript|data|livescript|mocha):/.test(cleaned) && !favicon) problems.push(`a script URL in ${name} on <${tag}>: ${value}`);
                    }
                }
            }
            if (document.title === 'XSS') problems.push('document.title is XSS');
            if (window.__xss !== undefined) problems.push(`window.__xss is ${window.__xss}`);
            return problems;
        }
        """;

    private readonly ConcurrentQueue<string> _ran;
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly List<IPage> _tabs = [];
    private readonly string _origin;

    private XssProbe(IBrowserContext context, string origin, ConcurrentQueue<string> ran)
    {
        _ran = ran;
        Context = context;
        _origin = origin;
    }

    public IBrowserContext Context { get; }

    /// <summary>The first tab.</summary>
    public IPage Page => _tabs[0];

    /// <summary>Tabs of the same context (same cookies) that can work side by side.</summary>
    public IReadOnlyList<IPage> Tabs => _tabs;

    /// <summary>Everything a payload made run so far: dialogs, marker sets, title changes, pop-ups.</summary>
    public IReadOnlyCollection<string> Ran => _ran;

    /// <summary>Console errors, uncaught exceptions, failed responses and requests that left the app.</summary>
    public IReadOnlyCollection<string> Errors => _errors;

    public static async Task<XssProbe> OpenAsync(BrowserFixture browser, LiveApp app, int tabs = 1)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseUrl,
            BypassCSP = true,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "en-GB",
        });
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(30_000);
        var ran = new ConcurrentQueue<string>();
        await context.ExposeFunctionAsync<string>("__xssReport", ran.Enqueue);
        await context.AddInitScriptAsync(Tripwires);
        var probe = new XssProbe(context, app.BaseUrl, ran);
        for (var i = 0; i < tabs; i++)
        {
            probe.Watch(await context.NewPageAsync());
        }

        return probe;
    }

    /// <summary>Opens a path, checks it answered 200 and stayed put, and returns what the audit found wrong.</summary>
    public Task<IReadOnlyList<string>> VisitAsync(string path) => VisitAsync(Page, path);

    /// <inheritdoc cref="VisitAsync(string)"/>
    public async Task<IReadOnlyList<string>> VisitAsync(IPage tab, string path)
    {
        var response = await tab.GotoAsync(path);
        if (response is null || response.Status != 200)
        {
            return [$"{path} answered {response?.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nothing"}"];
        }

        return await AuditAsync(tab, path);
    }

    /// <summary>Runs the DOM audit on the page and checks that no refresh or redirect moved it.</summary>
    public Task<IReadOnlyList<string>> AuditAsync(string where) => AuditAsync(Page, where);

    /// <inheritdoc cref="AuditAsync(string)"/>
    public async Task<IReadOnlyList<string>> AuditAsync(IPage tab, string where)
    {
        var found = await tab.EvaluateAsync<string[]>(AuditScript);
        var problems = found.Select(problem => $"{where}: {problem}").ToList();
        if (!tab.Url.StartsWith(_origin + "/", StringComparison.Ordinal))
        {
            problems.Add($"{where}: the page moved to {tab.Url}");
        }

        return problems;
    }

    /// <summary>Signs in through the real sign-in form.</summary>
    public async Task SignInAsync(string email, string password)
    {
        // The tabs share the context's cookies: signing in on one signs in all.
        await Page.GotoAsync("/account/login");
        await Page.Locator("[name='Input.Email']").FillAsync(email);
        await Page.Locator("[name='Input.Password']").FillAsync(password);
        await Page.Locator("main form button[type=submit]").ClickAsync();

        // What only a signed-in page shows, not navigation events (those race under load, as in BrowserSession).
        await Page.Locator(".signed-in").WaitForAsync(new() { State = WaitForSelectorState.Visible });
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();

    private void Watch(IPage page)
    {
        _tabs.Add(page);
        page.Dialog += async (_, dialog) =>
        {
            _ran.Enqueue($"a {dialog.Type} dialog \"{dialog.Message}\" at {page.Url}");
            await dialog.DismissAsync();
        };
        // A new window can only come from page script (window.open, a target=_blank click).
        page.Popup += (_, popup) => _ran.Enqueue($"a pop-up opened: {popup.Url}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _errors.Enqueue($"console: {message.Text} at {page.Url}");
            }
        };
        page.PageError += (_, error) => _errors.Enqueue($"uncaught: {error} at {page.Url}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                _errors.Enqueue($"{response.Status} for {response.Url}");
            }
        };
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(_origin + "/", StringComparison.Ordinal))
            {
                _errors.Enqueue($"a request outside the app: {request.Url}");
            }
        };
    }
}
