using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using NewsReader.IntegrationTests.Infrastructure;

namespace NewsReader.IntegrationTests.Api;

/// <summary>
/// Text beyond plain ASCII survives every trip: imported, tagged through the API by UTF-16 offsets, listed back,
/// rendered with highlights and found by search. Emoji (surrogate pairs, ZWJ sequences, flags), combining accents,
/// right-to-left text with direction overrides, zero-width characters, and a 20,000-character paragraph.
/// </summary>
public sealed class TextEdgeCaseTests(TextEdgeCaseTests.App app) : IClassFixture<TextEdgeCaseTests.App>
{
    private const string Emoji = "Emoji: a grin \U0001F600 then a family \U0001F469\u200D\U0001F469\u200D\U0001F467 beside flags \U0001F1EC\U0001F1E7\U0001F1FA\U0001F1E6 and a thumb \U0001F44D\U0001F3FD at the end.";
    private const string Combining = "Combining: cafe\u0301 and re\u0301sume\u0301, stacked Z\u0351\u0307\u0352a\u0353l\u0338g\u0327o\u0362 marks, beside precomposed caf\u00E9.";
    private const string RightToLeft = "RTL: \u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD means hello world, \u0645\u0631\u062D\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645 too; an override \u202Eevil.exe\u202C and a forced \u202Dltr\u202C run \u200Fwith marks\u200E here.";
    private const string ZeroWidth = "Zero\u200Bwidth space, non\u200Cjoiner, joiner\u200Dhere and a byte order mark\uFEFFin the middle.";
    private const string LongWord = "quokkazebra";
    private const string LongEnding = "finale \U0001F389";
    private const string Title = "Unicode edge cases \U0001F30D";

    private static readonly string Long = BuildLongParagraph();

    private static string[] Paragraphs => [Emoji, Combining, RightToLeft, ZeroWidth, Long];

    private HttpClient Client => app.Client;

    private string Slug => app.Slug;

    /// <summary>One app for the class, with the edge-case article imported; each test tags spans of its own.</summary>
    public sealed class App : NewsReaderFactory, IAsyncLifetime
    {
        public HttpClient Client { get; private set; } = null!;

        public string Slug { get; private set; } = string.Empty;

        public IReadOnlyList<(int Id, string Text)> Paragraphs { get; private set; } = [];

        public async Task InitializeAsync()
        {
            Client = this.CreateTokenClient(await this.CreateUserAsync("Una"));
            Slug = (await this.ImportAsync("unicode/edge-cases.txt", Title + "\n\n" + string.Join("\n\n", TextEdgeCaseTests.Paragraphs))).Slug;
            var article = await Client.GetFromJsonAsync<JsonElement>($"/api/articles/{Slug}");
            Paragraphs = [.. article.GetProperty("paragraphs").EnumerateArray().Select(p => (p.GetProperty("id").GetInt32(), p.GetProperty("text").GetString()!))];
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task Api_returns_each_paragraph_exactly_as_imported()
    {
        var article = await Client.GetFromJsonAsync<JsonElement>($"/api/articles/{Slug}");

        Assert.Equal(Title, article.GetProperty("title").GetString());
        Assert.Equal(Paragraphs, app.Paragraphs.Select(p => p.Text));
        Assert.Equal((20_000, true), (app.Paragraphs[4].Text.Length, char.IsLowSurrogate(app.Paragraphs[4].Text[^1])));
    }

    [Fact]
    public async Task The_page_shows_each_paragraph_exactly_as_stored()
    {
        var page = await app.CreateClient().GetDocumentAsync($"/articles/{Slug}");

        Assert.Equal(Title, page.QuerySelector("article h1")!.TextContent);
        Assert.Equal(Paragraphs, page.QuerySelectorAll("#article-body p[data-paragraph-id]").Select(p => p.TextContent));
    }

    public static TheoryData<int, string> Spans => new()
    {
        // the paragraph's index and the exact text (its first occurrence)
        { 0, "\U0001F600" },                                          // one surrogate pair
        { 0, " then" },                                               // starts right after a pair
        { 0, "a family " },                                           // ends right before a pair
        { 0, "\U0001F469\u200D\U0001F469\u200D\U0001F467" },           // a ZWJ sequence
        { 0, "\U0001F1EC\U0001F1E7" },                                // a flag: two regional indicators
        { 0, "\U0001F1EC\U0001F1E7\U0001F1FA\U0001F1E6 and a thumb \U0001F44D\U0001F3FD" },
        { 1, "cafe\u0301" },                                          // a combining accent
        { 1, "Z\u0351\u0307\u0352a\u0353l\u0338g\u0327o\u0362" },    // stacked diacritics
        { 2, "\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD" },   // Hebrew
        { 2, "\u0645\u0631\u062D\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645" }, // Arabic
        { 2, "world, \u0645\u0631\u062D\u0628\u0627" },               // across a change of direction
        { 2, "\u202Eevil.exe\u202C" },                                // right-to-left override and pop
        { 2, "\u202Dltr\u202C run \u200Fwith marks\u200E" },          // left-to-right override, RLM, LRM
        { 3, "Zero\u200Bwidth" },
        { 3, "non\u200Cjoiner, joiner\u200Dhere" },
        { 3, "mark\uFEFFin" },
        { 4, LongWord },
        { 4, LongEnding },                                            // the very end of the long paragraph
        { 4, "\U0001F389" },                                          // its last two code units
    };

    [Theory]
    [MemberData(nameof(Spans))]
    public async Task A_span_round_trips_through_the_api_and_is_highlighted_exactly(int paragraph, string exact)
    {
        var (id, text) = app.Paragraphs[paragraph];
        var start = text.IndexOf(exact, StringComparison.Ordinal);
        Assert.True(start >= 0, $"Paragraph {paragraph} does not contain the span.");

        var created = await TagAsync(id, start, start + exact.Length, exact);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var annotationId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var listed = (await Client.GetFromJsonAsync<JsonElement>($"/api/articles/{Slug}/annotations")).EnumerateArray().Single(a => a.GetProperty("id").GetInt32() == annotationId);
        Assert.Equal((id, start, start + exact.Length, exact), (listed.GetProperty("paragraphId").GetInt32(), listed.GetProperty("start").GetInt32(), listed.GetProperty("end").GetInt32(), listed.GetProperty("exact").GetString()));

        var page = await app.CreateClient().GetDocumentAsync($"/articles/{Slug}");
        var rendered = page.QuerySelector($"#article-body p[data-paragraph-id='{id}']")!;
        Assert.Equal(text, rendered.TextContent);
        // An annotation that overlaps another is drawn in pieces; together they read its exact text.
        Assert.Equal(exact, string.Concat(rendered.QuerySelectorAll($"mark[data-annotation-id='{annotationId}']").Select(m => m.TextContent)));
    }

    [Fact]
    public async Task Spans_side_by_side_and_nested_around_surrogate_pairs_all_render_exactly()
    {
        var (id, text) = app.Paragraphs[0];
        var exacts = new[] { "a grin ", "\U0001F600", " then a family ", "\U0001F469\u200D\U0001F469\u200D\U0001F467", "\U0001F469", "grin \U0001F600 then" };
        var ids = new List<int>();
        foreach (var exact in exacts)
        {
            var start = text.IndexOf(exact, StringComparison.Ordinal);
            var response = await TagAsync(id, start, start + exact.Length, exact);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32());
        }

        var page = await app.CreateClient().GetDocumentAsync($"/articles/{Slug}");
        var rendered = page.QuerySelector($"#article-body p[data-paragraph-id='{id}']")!;

        Assert.Equal(text, rendered.TextContent);
        Assert.Equal(exacts, ids.Select(annotation => string.Concat(rendered.QuerySelectorAll($"mark[data-annotation-id='{annotation}']").Select(m => m.TextContent))));
    }

    public static TheoryData<string, int, int> SplitPairs => new()
    {
        // the text to find, and how far into it the span starts and ends (in UTF-16 code units)
        { "\U0001F600", 1, 2 },                       // starts on the low half
        { "grin \U0001F600", 0, 6 },                  // ends between the halves
        { "\U0001F600 then", 1, 7 },                  // starts between the halves
        { "\U0001F469\u200D\U0001F469", 0, 4 },       // ends inside the second person of the family
        { "\U0001F1EC\U0001F1E7", 1, 3 },             // both ends inside the flag's pairs
        { "\U0001F44D\U0001F3FD", 2, 3 },             // inside the skin-tone modifier
    };

    [Theory]
    [MemberData(nameof(SplitPairs))]
    public async Task A_span_that_splits_a_surrogate_pair_is_400_and_stores_nothing(string around, int from, int to)
    {
        var (id, text) = app.Paragraphs[0];
        var at = text.IndexOf(around, StringComparison.Ordinal);
        var (start, end) = (at + from, at + to);

        // exact is what lies there, a half pair included: JSON escapes let a client send that.
        var response = await PostRawAsync(id, start, end, text[start..end]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var stored = await Client.GetFromJsonAsync<JsonElement>($"/api/articles/{Slug}/annotations");
        Assert.DoesNotContain(stored.EnumerateArray(), a => a.GetProperty("start").GetInt32() == start && a.GetProperty("end").GetInt32() == end);
    }

    [Fact]
    public async Task A_span_that_splits_a_pair_in_the_long_paragraphs_last_character_is_400()
    {
        var (id, text) = app.Paragraphs[4];

        var response = await PostRawAsync(id, text.Length - 7, text.Length - 1, text[^7..^1]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("\u05E9\u05DC\u05D5\u05DD")]                 // Hebrew
    [InlineData("\u0645\u0631\u062D\u0628\u0627")]           // Arabic
    [InlineData(LongWord)]                                   // deep inside the long paragraph
    [InlineData("finale")]                                   // at its very end
    public async Task Search_finds_the_article_by_a_word_of_it(string word)
    {
        var page = await app.CreateClient().GetDocumentAsync($"/search?q={Uri.EscapeDataString(word)}");

        var found = page.QuerySelectorAll(".search-articles h3 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/articles/{Slug}", found);
        var snippet = page.QuerySelectorAll(".search-articles li").First(li => li.QuerySelector("h3 a")!.GetAttribute("href") == $"/articles/{Slug}").QuerySelector(".snippet")!;
        Assert.Contains(snippet.QuerySelectorAll("mark"), mark => mark.TextContent.Equals(word, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Quote_context_on_the_person_page_never_shows_half_a_surrogate_pair()
    {
        // 32 code units of context before and after "target" start and end inside an emoji's pair.
        var run = string.Concat(Enumerable.Repeat("\U0001F600", 20));
        var outcome = await app.ImportAsync("unicode/context.txt", $"Emoji context\n\n{run}Qtarget!{run}");
        var (id, text) = await FirstParagraphAsync(outcome.Slug);
        var start = text.IndexOf("target", StringComparison.Ordinal);
        var created = await Client.PostAsJsonAsync($"/api/articles/{outcome.Slug}/annotations", new { paragraphId = id, start, end = start + 6, exact = "target", kind = "quote", person = new { name = "Context Speaker" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var page = await app.CreateClient().GetDocumentAsync("/people/context-speaker");
        var quotes = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/people/context-speaker/quotes");

        var context = page.QuerySelector(".quote-list .kwic")!.TextContent;
        Assert.DoesNotContain('\uFFFD', context);
        Assert.Matches(@"^\u2026?(\uD83D\uDE00)+Qtarget!(\uD83D\uDE00)+\u2026?$", context);
        // The API's context is a piece of the paragraph made of whole characters.
        Assert.Contains(quotes[0].GetProperty("context").GetString()!, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_C1_control_character_shows_as_stored()
    {
        // U+0080..U+009F are valid UTF-8 (text once mis-decoded as Latin-1 carries them); browsers show them as
        // Windows-1252 punctuation, so ingestion stores them as that, and the page shows exactly what is stored.
        var outcome = await app.ImportAsync("unicode/c1.txt", "C1 controls\n\nA dash \u0096 and a euro \u0080 sign.");
        var (_, stored) = await FirstParagraphAsync(outcome.Slug);

        var page = await app.CreateClient().GetDocumentAsync($"/articles/{outcome.Slug}");

        Assert.Equal("A dash \u2013 and a euro \u20AC sign.", stored);
        Assert.Equal(stored, page.QuerySelector("#article-body p")!.TextContent);
    }

    // Words to 20,000 code units: a rare word a third of the way in, and an emoji as the very last character.
    private static string BuildLongParagraph()
    {
        var words = new StringBuilder();
        for (var i = 0; words.Length < 20_000; i++)
        {
            words.Append(i == 800 ? LongWord : $"word{i.ToString(CultureInfo.InvariantCulture)}").Append(' ');
        }

        return words.ToString()[..(20_000 - LongEnding.Length - 1)] + " " + LongEnding;
    }

    private Task<HttpResponseMessage> TagAsync(int paragraphId, int start, int end, string exact) =>
        Client.PostAsJsonAsync($"/api/articles/{Slug}/annotations", new { paragraphId, start, end, exact, kind = "topic", topic = new { name = "Unicode" } });

    // System.Text.Json will not write half a surrogate pair, so the body is written by hand with \u escapes.
    private Task<HttpResponseMessage> PostRawAsync(int paragraphId, int start, int end, string exact)
    {
        var escaped = string.Concat(exact.Select(c => c is >= ' ' and <= '~' and not '"' and not '\\' ? c.ToString() : $"\\u{(int)c:x4}"));
        var json = $$$"""{"paragraphId":{{{paragraphId}}},"start":{{{start}}},"end":{{{end}}},"exact":"{{{escaped}}}","kind":"topic","topic":{"name":"Unicode"}}""";
        return Client.PostAsync($"/api/articles/{Slug}/annotations", new StringContent(json, Encoding.UTF8, "application/json"));
    }

    private async Task<(int Id, string Text)> FirstParagraphAsync(string slug)
    {
        var article = await Client.GetFromJsonAsync<JsonElement>($"/api/articles/{slug}");
        var first = article.GetProperty("paragraphs")[0];
        return (first.GetProperty("id").GetInt32(), first.GetProperty("text").GetString()!);
    }
}
