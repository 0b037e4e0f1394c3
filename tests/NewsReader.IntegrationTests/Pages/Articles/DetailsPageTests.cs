using System.Net;
using NewsReader.IntegrationTests.Infrastructure;

namespace NewsReader.IntegrationTests.Pages.Articles;

public sealed class DetailsPageTests : IDisposable
{
    private const string SeedUrl = "/articles/mike-pompeo-flies-to-uk-for-talks-amid-us-huawei-concern";
    private readonly NewsReaderFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Get_ShowsTitleAndParagraphsInOrder_CaptionsStyledAsCaptions()
    {
        var page = await _factory.CreateClient().GetDocumentAsync(SeedUrl);

        Assert.Equal("Mike Pompeo flies to UK for talks amid US Huawei concern", page.QuerySelector("article h1")!.TextContent);
        var paragraphs = page.QuerySelectorAll(".article-body p");
        Assert.Equal(19, paragraphs.Length);
        Assert.Equal("Image copyright", paragraphs[0].TextContent);
        Assert.StartsWith("US Secretary of State", paragraphs[1].TextContent);
        Assert.StartsWith("\u201cWe understand that", paragraphs[18].TextContent);
        var captions = paragraphs.Where(p => p.ClassList.Contains("caption")).Select(p => p.TextContent);
        Assert.Equal(["Image copyright", "Media playback is unsupported on your device", "Media captionHow will the Huawei 5G deal affect me?"], captions);
        Assert.Equal(Enumerable.Range(1, 19).Select(n => $"p{n}"), paragraphs.Select(p => p.Id));
        Assert.All(paragraphs, p => Assert.True(int.TryParse(p.GetAttribute("data-paragraph-id"), out _)));
    }

    [Fact]
    public async Task Get_EncodesArticleText_ScriptShowsAsCharacters()
    {
        var outcome = await _factory.ImportAsync("hostile.txt",
            "<script>alert('title')</script> Breaking\n\nHe wrote <script>alert(1)</script> & <img src=x onerror=alert(2)>.\n\nImage caption <b>bold</b>");

        var response = await _factory.CreateClient().GetAsync($"/articles/{outcome.Slug}");
        var html = await response.Content.ReadAsStringAsync();
        var page = await response.ToDocumentAsync();

        Assert.All(page.QuerySelectorAll("script"), script => Assert.StartsWith("/js/", script.GetAttribute("src")));
        Assert.Empty(page.QuerySelectorAll("img, b"));
        Assert.DoesNotContain("<script>alert", html);
        Assert.Equal("<script>alert('title')</script> Breaking", page.QuerySelector("article h1")!.TextContent);
        Assert.Equal("He wrote <script>alert(1)</script> & <img src=x onerror=alert(2)>.", page.QuerySelectorAll(".article-body p")[0].TextContent);
        Assert.Equal("Image caption <b>bold</b>", page.QuerySelector(".article-body p.caption")!.TextContent);
    }

    [Fact]
    public async Task Get_UnknownSlug_Is404WithAFriendlyPage()
    {
        var response = await _factory.CreateClient().GetAsync("/articles/no-such-article");
        var page = await response.ToDocumentAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/']"));
    }

    [Fact]
    public async Task Get_WorksWithoutJavaScript_AndMakesNoExternalRequests()
    {
        var page = await _factory.CreateClient().GetDocumentAsync(SeedUrl);

        // Reading needs no script: the text is in the HTML; the one script is the app's own, for tagging.
        Assert.Equal(19, page.QuerySelectorAll(".article-body p").Length);
        Assert.All(page.QuerySelectorAll("script"), script => Assert.StartsWith("/js/", script.GetAttribute("src")));
        var references = page.QuerySelectorAll("[src], link[href]").Select(e => e.GetAttribute("src") ?? e.GetAttribute("href")!);
        Assert.All(references, url => Assert.True(url.StartsWith('/') || url == "data:,", $"{url} is not served by the app"));
        Assert.Equal("width=device-width, initial-scale=1", page.QuerySelector("meta[name=viewport]")!.GetAttribute("content"));
    }
}
