using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using NewsReader.BrowserTests.Infrastructure;
using static NewsReader.BrowserTests.Infrastructure.XssPayloads;

namespace NewsReader.BrowserTests;

/// <summary>
/// Every payload in <see cref="XssPayloads"/>, planted in titles, paragraphs, notes, names, aliases, descriptions and
/// searches, shows as text in a real browser, with the Content-Security-Policy bypassed so that the encoding is what
/// is tested: no dialog, no marker set, no title changed, no pop-up, no element or attribute that could run, and the
/// text itself where a reader expects it. Each test collects every finding before failing, so one run names every
/// payload that got through.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class XssTests(BrowserFixture browser, HostileContent content) : IClassFixture<HostileContent>
{
    // Tabs working side by side: most of the time goes on waiting (navigations, the type-ahead's pause).
    private const int Tabs = 4;

    // Elements inside rendered Markdown (notes, descriptions) that Markdig does not make, and links that are not web,
    // mail or same-site ones. `root` is a CSS selector.
    private const string MarkdownStrays = """
        root => [...document.querySelectorAll(`${root} *`)]
            .filter(e => !['p', 'em', 'strong', 'a', 'code', 'del', 'br', 'ul', 'ol', 'li', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr'].includes(e.localName)
                || (e.localName === 'a' && !/^(https?:|mailto:|\/|#)/i.test(e.getAttribute('href') || '')))
            .map(e => e.outerHTML.slice(0, 120))
        """;

    private readonly ConcurrentQueue<string> _findings = new();

    [BrowserFact]
    public async Task Titles_and_paragraphs_show_as_text_on_the_list_and_on_each_article()
    {
        await using var probe = await XssProbe.OpenAsync(browser, content.App);
        var page = probe.Page;

        await VisitAsync(probe, page, "/");
        var listed = await page.Locator(".article-list h2 a").AllTextContentsAsync();
        foreach (var article in content.TitleArticles)
        {
            Expect(listed.Contains(Displayed(article.Title)), $"/ does not list the title \"{article.Title}\"");
        }

        foreach (var article in content.TitleArticles.Append(content.ParagraphsArticle))
        {
            var path = $"/articles/{article.Slug}";
            await VisitAsync(probe, page, path);
            var shown = await page.EvaluateAsync<JsonElement>("""
                () => ({
                    h1: document.querySelector('article h1').textContent,
                    title: document.querySelector('title').textContent,
                    paragraphs: [...document.querySelectorAll('#article-body p[data-paragraph-id]')].map(p => p.textContent),
                    strays: [...document.querySelectorAll('article h1 *, #article-body p *')].filter(e => !e.matches('mark.hl')).map(e => e.outerHTML),
                })
                """);
            ExpectEqual(Displayed(article.Title), Text(shown, "h1"), $"{path} h1");
            ExpectEqual($"{Displayed(article.Title)} · NewsReader", Text(shown, "title"), $"{path} <title>");
            var paragraphs = Texts(shown, "paragraphs");
            ExpectEqual(article.Paragraphs.Count, paragraphs.Count, $"{path} paragraph count");
            foreach (var (expected, actual) in article.Paragraphs.Zip(paragraphs))
            {
                ExpectEqual(Displayed(expected), actual, $"{path} paragraph");
            }

            // Article text may hold highlights and nothing else.
            Expect(Texts(shown, "strays").Count == 0, $"{path} has markup in its text: {string.Join(" ", Texts(shown, "strays"))}");
        }

        Verdict(probe);
    }

    [BrowserFact]
    public async Task Highlights_the_side_panel_and_every_popover_show_notes_and_names_as_text()
    {
        await using var probe = await XssProbe.OpenAsync(browser, content.App, Tabs);
        var path = $"/articles/{content.ParagraphsArticle.Slug}";
        await Task.WhenAll(probe.Tabs.Select(tab => VisitAsync(probe, tab, path)));

        var spans = content.Planted
            .SelectMany(p => new[] { (Span: p.Quote, Folder: "people", Name: p.Payload.CanBeName ? p.Payload.AsName : HostileContent.FallbackSpeaker, p.Payload) }
                .Concat(p.Topic is null ? [] : [(Span: p.Topic, Folder: "topics", Name: p.Payload.AsName, p.Payload)]))
            .ToList();
        var panel = await probe.Page.EvaluateAsync<JsonElement>($$"""
            ([ids, folders]) => {
                const strays = {{MarkdownStrays}};
                return ids.map((id, i) => {
                    const entry = document.getElementById(`annotation-${id}`);
                    return {
                        mark: document.getElementById(`h-${id}`)?.textContent ?? null,
                        names: entry ? [...entry.querySelectorAll(`.annotation-head a[href^='/${folders[i]}/']`)].map(a => a.textContent) : [],
                        note: entry?.querySelector('.annotation-note')?.textContent ?? null,
                        meta: entry ? [...entry.querySelectorAll('p.meta')].map(p => p.textContent).join(' ') : '',
                        strays: strays(`#annotation-${id} .annotation-note`),
                    };
                });
            }
            """, new object[] { spans.Select(s => s.Span.Id).ToArray(), spans.Select(s => s.Folder).ToArray() });
        foreach (var ((span, _, name, payload), shown) in spans.Zip(panel.EnumerateArray()))
        {
            var where = $"annotation {span.Id} of {payload}";
            ExpectEqual(Displayed(span.Exact), Text(shown, "mark"), $"{where}: the highlight");
            Expect(Texts(shown, "names").Contains(name), $"{where}: the side panel does not name {name}");
            ExpectEqual(Squeezed(Displayed(payload.AsNote)), Squeezed(Text(shown, "note") ?? string.Empty), $"{where}: the note");
            Expect(Text(shown, "meta")!.Contains($"by {HostileContent.AuthorName},", StringComparison.Ordinal), $"{where}: the author's name");
            Expect(Texts(shown, "strays").Count == 0, $"{where}: the note's Markdown made {string.Join(" ", Texts(shown, "strays"))}");
        }

        var speakers = await probe.Page.Locator("#in-this-article .speaker a").AllTextContentsAsync();
        var topics = await probe.Page.Locator("#in-this-article .panel-list a[href^='/topics/']").AllTextContentsAsync();
        foreach (var payload in content.Planted.Select(p => p.Payload).Where(p => p.CanBeName))
        {
            Expect(speakers.Contains(payload.AsName), $"{path}: the panel's speakers lack {payload}");
            Expect(topics.Contains(payload.AsName), $"{path}: the panel's topics lack {payload}");
        }

        // A real click on each highlight opens its popover, a copy of its side-panel entry.
        await InTabsAsync(probe, spans, (tab, s) => CheckPopoverAsync(tab, s.Span, s.Payload, s.Name));
        foreach (var tab in probe.Tabs)
        {
            Report(await probe.AuditAsync(tab, $"{path} after the popovers"));
        }

        // Signed in as the admin whose display name is a payload: header, tagging form and edit controls.
        await probe.SignInAsync(content.AdminEmail, content.AdminPassword);
        await VisitAsync(probe, probe.Page, path);
        ExpectEqual(HostileContent.AuthorName, await probe.Page.Locator(".signed-in").TextContentAsync(), "the signed-in header");
        ExpectEqual(content.ParagraphsArticle.Paragraphs.Count, await probe.Page.Locator("#tag-form select option").CountAsync(), "the tagging form's paragraph options");
        ExpectEqual(spans.Count, await probe.Page.Locator(".annotation-actions a:text-is('Edit')").CountAsync(), "the admin's Edit links");

        // A quote's edit form for each category: the exact text, the speaker in an input's value, the note in a textarea.
        await InTabsAsync(probe, spans.Where(s => s.Folder == "people" && OnePerCategory.Contains(s.Payload)), (tab, s) => CheckEditPageAsync(probe, tab, s.Span, s.Payload, s.Name));
        Verdict(probe);
    }

    [BrowserFact]
    public async Task People_aliases_topics_and_descriptions_show_as_text_on_every_list_and_page()
    {
        await using var probe = await XssProbe.OpenAsync(browser, content.App, Tabs);
        var page = probe.Page;
        await probe.SignInAsync(content.AdminEmail, content.AdminPassword); // admins also get the edit forms

        var names = new List<string>();
        var aliasLines = new List<string>();
        for (var number = 1; ; number++)
        {
            await VisitAsync(probe, page, $"/people?page={number}");
            names.AddRange(await page.Locator(".people-table tbody td > a").AllTextContentsAsync());
            aliasLines.AddRange(await page.Locator(".people-table .aliases").AllTextContentsAsync());
            if (await page.Locator(".pager a[rel=next]").CountAsync() == 0)
            {
                break;
            }
        }

        var holderPath = $"/people/{content.AliasHolderSlug}";
        await VisitAsync(probe, page, holderPath);
        var holder = await page.EvaluateAsync<JsonElement>($$"""
            () => ({
                aliases: document.querySelector('.person-page .aliases')?.textContent ?? '',
                edited: document.getElementById('aliases')?.value ?? '',
                snippets: document.querySelectorAll('#also-named .snippet').length,
                strays: ({{MarkdownStrays}})('.person-page .description'),
            })
            """);
        var holderAliases = aliasLines.SingleOrDefault(line => line.Contains(content.Aliases[0], StringComparison.Ordinal)) ?? string.Empty;
        var editedAliases = Text(holder, "edited")!.Split('\n');
        foreach (var alias in content.Aliases)
        {
            Expect(holderAliases.Contains(alias, StringComparison.Ordinal), $"/people does not show the alias {alias}");
            Expect(Text(holder, "aliases")!.Contains(alias, StringComparison.Ordinal), $"{holderPath} does not show the alias {alias}");
            Expect(editedAliases.Contains(alias), $"{holderPath}: the edit form lacks the alias {alias}");
        }

        Expect(holder.GetProperty("snippets").GetInt32() > 0, $"{holderPath} finds no article naming an alias");
        Expect(Texts(holder, "strays").Count == 0, $"{holderPath}: the description's Markdown made {string.Join(" ", Texts(holder, "strays"))}");

        await VisitAsync(probe, page, "/topics");
        var topicNames = await page.Locator(".topics-table td a").AllTextContentsAsync();
        var named = content.Planted.Where(p => p.PersonSlug is not null).ToList();
        foreach (var payload in named.Select(p => p.Payload))
        {
            Expect(names.Contains(payload.AsName), $"/people does not list {payload}");
            Expect(topicNames.Contains(payload.AsName), $"/topics does not list {payload}");
        }

        await VisitAsync(probe, page, "/account/tokens");
        var tokenNames = await page.Locator("main table tbody tr > td:first-child").AllTextContentsAsync();
        foreach (var name in content.TokenNames)
        {
            Expect(tokenNames.Contains(Displayed(name)), $"/account/tokens does not show the token name {Show(name)}");
        }

        // Every person's page; a topic's page (the same kind of page) for each category.
        var pages = named.Select(p => (Path: $"/people/{p.PersonSlug}", p.Payload, Spans: ".quote-list .quote-text", Exact: p.Paragraph))
            .Concat(named.Where(p => OnePerCategory.Contains(p.Payload)).Select(p => (Path: $"/topics/{p.TopicSlug}", p.Payload, Spans: "#tagged .kwic mark", Exact: p.Topic!.Exact)));
        await InTabsAsync(probe, pages, (tab, p) => CheckNamePageAsync(probe, tab, p.Path, p.Payload, p.Spans, p.Exact));
        Verdict(probe);
    }

    [BrowserFact]
    public async Task Search_pages_and_type_ahead_show_every_query_as_text()
    {
        await using var probe = await XssProbe.OpenAsync(browser, content.App, Tabs);
        await InTabsAsync(probe, All, (tab, payload) => CheckSearchAsync(probe, tab, payload));

        // The people and topic filters echo the query in a field and in "Nobody is called ...": each category's
        // payload goes to one of the two, which are built alike.
        var filters = OnePerCategory.Select((p, i) => (Path: i % 2 == 0 ? "/people" : "/topics", Payload: p));
        await InTabsAsync(probe, filters, async (tab, filter) =>
        {
            await VisitAsync(probe, tab, $"{filter.Path}?q={Uri.EscapeDataString(filter.Payload.Text)}");
            ExpectEqual(InSearchBox(filter.Payload.Text), await tab.Locator("#q").InputValueAsync(), $"{filter.Path}?q= {filter.Payload}: the filter box");
        });

        await Task.WhenAll(probe.Tabs.Select(tab => VisitAsync(probe, tab, "/")));
        // The suggestions are built the same way for every name: one payload of each category.
        await InTabsAsync(probe, OnePerCategory.Where(p => p.CanBeName), async (tab, payload) =>
        {
            await tab.Locator("#header-search").FillAsync(payload.Text);
            try
            {
                // Waits for the person and the topic named by the payload; each option must be two spans of text.
                var handle = await tab.WaitForFunctionAsync("""
                    name => {
                        const options = [...document.querySelectorAll('#header-search-suggestions [role=option]')];
                        const shown = kind => options.some(o => o.children[0].textContent === name && o.children[1].textContent === kind);
                        if (!shown('person') || !shown('topic')) return null;
                        return options.filter(o => o.querySelectorAll('*').length !== 2 || [...o.children].some(c => c.localName !== 'span')).map(o => o.outerHTML.slice(0, 120));
                    }
                    """, payload.AsName, new PageWaitForFunctionOptions { Timeout = 5_000 });
                var strays = await handle.JsonValueAsync<string[]>();
                Expect(strays.Length == 0, $"type-ahead for {payload} shows markup: {string.Join(" ", strays)}");
            }
            catch (TimeoutException)
            {
                _findings.Enqueue($"type-ahead for {payload} does not suggest the person and the topic by name");
            }
        });

        foreach (var tab in probe.Tabs)
        {
            Report(await probe.AuditAsync(tab, "after the type-ahead"));
        }

        Verdict(probe);
    }

    private async Task CheckSearchAsync(XssProbe probe, IPage tab, XssPayload payload)
    {
        var path = $"/search?q={Uri.EscapeDataString(payload.Text)}";
        await VisitAsync(probe, tab, path);
        var shown = await tab.EvaluateAsync<JsonElement>("""
            () => ({
                box: document.getElementById('search-page-q').value,
                header: document.getElementById('header-search').value,
                title: document.querySelector('title').textContent,
                people: [...document.querySelectorAll('.search-people li > a')].map(a => a.textContent),
                topics: [...document.querySelectorAll('.search-topics li > a')].map(a => a.textContent),
                snippets: [...document.querySelectorAll('.snippet *')].filter(e => e.localName !== 'mark').map(e => e.outerHTML.slice(0, 120)),
            })
            """);
        var typed = InSearchBox(payload.Text);
        ExpectEqual(typed, Text(shown, "box"), $"{payload}: the search page's box");
        ExpectEqual(typed, Text(shown, "header"), $"{payload}: the header's box");
        ExpectEqual($"Search: {Displayed(payload.Text.Trim())} · NewsReader", Text(shown, "title"), $"{payload}: <title>");
        Expect(Texts(shown, "snippets").Count == 0, $"{path}: snippets hold {string.Join(" ", Texts(shown, "snippets"))}");
        if (payload.CanBeName)
        {
            Expect(Texts(shown, "people").Contains(payload.AsName), $"{path} does not find the person {payload}");
            Expect(Texts(shown, "topics").Contains(payload.AsName), $"{path} does not find the topic {payload}");
        }
    }

    private async Task CheckPopoverAsync(IPage tab, PlantedSpan span, XssPayload payload, string name)
    {
        var where = $"the popover of annotation {span.Id} ({payload})";
        // The first line box's left edge: inside this highlight, before any highlight nested in it.
        var corner = await tab.EvaluateAsync<double[]>("id => { const m = document.getElementById(`h-${id}`); m.scrollIntoView({ block: 'center' }); const r = m.getClientRects()[0]; return [r.left + 2, r.top + r.height / 2]; }", span.Id);
        await tab.Mouse.ClickAsync((float)corner[0], (float)corner[1]);
        JsonElement shown;
        try
        {
            var handle = await tab.WaitForFunctionAsync("""
                id => {
                    const popover = document.querySelector('.tag-popover');
                    if (!popover || popover.hidden || popover.dataset.annotationId !== String(id)) return null;
                    return { names: [...popover.querySelectorAll('.annotation-head a')].map(a => a.textContent), note: popover.querySelector('.annotation-note')?.textContent ?? '' };
                }
                """, span.Id, new PageWaitForFunctionOptions { Timeout = 5_000 });
            shown = await handle.JsonValueAsync<JsonElement>();
        }
        catch (TimeoutException)
        {
            _findings.Enqueue($"{where} did not open on a click");
            return;
        }

        Expect(Texts(shown, "names").Contains(name), $"{where} does not name {name}");
        ExpectEqual(Squeezed(Displayed(payload.AsNote)), Squeezed(Text(shown, "note")!), $"{where}: the note");
        await tab.Keyboard.PressAsync("Escape"); // else the popover may cover the next highlight
    }

    private async Task CheckEditPageAsync(XssProbe probe, IPage tab, PlantedSpan span, XssPayload payload, string name)
    {
        var path = $"/annotations/{span.Id}/edit";
        await VisitAsync(probe, tab, path);
        var shown = await tab.EvaluateAsync<JsonElement>("""
            () => ({
                exact: document.querySelector('blockquote.annotation-exact').textContent,
                article: document.querySelector('main a[href^="/articles/"]').textContent,
                name: document.getElementById('Input_Name').value,
                note: document.getElementById('Input_Note').value,
            })
            """);
        ExpectEqual($"\u201c{Displayed(span.Exact)}\u201d", Text(shown, "exact"), $"{path}: the exact text ({payload})");
        ExpectEqual(HostileContent.ParagraphsTitle, Text(shown, "article"), $"{path}: the article ({payload})");
        ExpectEqual(name, Text(shown, "name"), $"{path}: the name field ({payload})");
        ExpectEqual(Displayed(payload.Text), Text(shown, "note"), $"{path}: the note field ({payload})");
    }

    private async Task CheckNamePageAsync(XssProbe probe, IPage tab, string path, XssPayload payload, string spanSelector, string exact)
    {
        await VisitAsync(probe, tab, path);
        var shown = await tab.EvaluateAsync<JsonElement>($$"""
            spans => ({
                h1: document.querySelector('h1').textContent,
                title: document.querySelector('title').textContent,
                name: document.getElementById('name')?.value ?? null,
                description: document.getElementById('description')?.value ?? null,
                rendered: document.querySelector('.description')?.textContent ?? '',
                spans: [...document.querySelectorAll(spans)].map(e => e.textContent),
                strays: ({{MarkdownStrays}})('.description'),
            })
            """, spanSelector);
        ExpectEqual(payload.AsName, Text(shown, "h1"), $"{path} h1");
        ExpectEqual($"{payload.AsName} · NewsReader", Text(shown, "title"), $"{path} <title>");
        ExpectEqual(payload.AsName, Text(shown, "name"), $"{path}: the admin's name field");
        ExpectEqual(payload.Text, Text(shown, "description"), $"{path}: the admin's description field");
        ExpectEqual(Squeezed(payload.AsNote), Squeezed(Text(shown, "rendered")!), $"{path}: the description");
        Expect(Texts(shown, "spans").Contains(exact), $"{path}: no tagged text reads {Show(exact)}");
        Expect(Texts(shown, "strays").Count == 0, $"{path}: the description's Markdown made {string.Join(" ", Texts(shown, "strays"))}");
    }

    private async Task VisitAsync(XssProbe probe, IPage tab, string path) => Report(await probe.VisitAsync(tab, path));

    // Shares the items out among the probe's tabs, each taking the next as it finishes one.
    private static Task InTabsAsync<T>(XssProbe probe, IEnumerable<T> items, Func<IPage, T, Task> work)
    {
        var queue = new ConcurrentQueue<T>(items);
        return Task.WhenAll(probe.Tabs.Select(async tab =>
        {
            while (queue.TryDequeue(out var item))
            {
                await work(tab, item);
            }
        }));
    }

    // A search box's value loses line breaks; the page title shows the query trimmed.
    private static string InSearchBox(string query) => Displayed(query).Replace("\n", string.Empty, StringComparison.Ordinal);

    private static string? Text(JsonElement json, string property) => json.GetProperty(property).GetString();

    private static List<string> Texts(JsonElement json, string property) => [.. json.GetProperty(property).EnumerateArray().Select(e => e.GetString()!)];

    private void Report(IEnumerable<string> findings)
    {
        foreach (var finding in findings)
        {
            _findings.Enqueue(finding);
        }
    }

    private void Expect(bool condition, string finding)
    {
        if (!condition)
        {
            _findings.Enqueue(finding);
        }
    }

    private void ExpectEqual<T>(T expected, T actual, string what) =>
        Expect(EqualityComparer<T>.Default.Equals(expected, actual), $"{what}: expected {Show(expected)}, got {Show(actual)}");

    private static string Show<T>(T value) => value is string text ? JsonSerializer.Serialize(text) : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null";

    private void Verdict(XssProbe probe)
    {
        Assert.True(probe.Ran.Count == 0, $"Payload script ran:\n{string.Join("\n", probe.Ran)}");
        Assert.True(_findings.IsEmpty, $"{_findings.Count} findings:\n{string.Join("\n", _findings)}");
        Assert.True(probe.Errors.Count == 0, $"The pages reported errors:\n{string.Join("\n", probe.Errors)}");
    }
}
