using System.Net;
using System.Text.RegularExpressions;
using NewsReader.Web.Rendering;

namespace NewsReader.UnitTests.Rendering;

public sealed partial class MarkdownRendererTests
{
    private const string Rel = "rel=\"nofollow noopener noreferrer\"";

    private readonly MarkdownRenderer _renderer = new();

    public static TheoryData<string> XssPayloads => new()
    {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[x](javascript:alert(1))",
        "[x](JAVASCRIPT:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x]( javascript:alert(1))",
        "[x](jav&#x09;ascript:alert(1))",
        "[x](java\0script:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](javascript&colon;alert(1))",
        "[x](<javascript:alert(1)> \"title\")",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "[x](vbscript:msgbox)",
        "[x][r]\n\n[r]: javascript:alert(1)",
        "[x]\n\n[x]: data:text/html,<script>alert(1)</script>",
        "![x](http://evil/x.png)",
        "![x](javascript:alert(1))",
        "[![x](http://evil/x.png)](javascript:alert(1))",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<svg onload=alert(1)>",
        "<javascript:alert(1)>",
        "<vbscript:msgbox>",
        "<javascript:alert(5)> [x](javascript:y)",
        "[x][1] <JAVASCRIPT:alert(5)>\n\n[1]: javascript:alert(1)",
        "<!-- <script>alert(1)</script> -->",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<div onclick=\"alert(1)\">x</div>",
        "[x](<https://ok.example/\" onmouseover=\"alert(1)>)",
        "[x](https://ok.example \"t\\\" onmouseover=\\\"alert(1)\")",
        "```\" onload=\"alert(1)\n<script>alert(1)</script>\n```",
        "`<script>alert(1)</script>`",
    };

    [Theory]
    [MemberData(nameof(XssPayloads))]
    public void ToHtml_XssPayload_EmitsNothingExecutable(string payload)
    {
        var html = _renderer.ToHtml(payload);

        Assert.DoesNotMatch(DangerousElement(), html);
        Assert.DoesNotMatch(EventHandlerAttribute(), QuotedValue().Replace(html, "\"\""));
        Assert.All(Hrefs(html), href => Assert.DoesNotMatch(DangerousScheme(), AsBrowserReadsIt(href)));
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))", "<p>click</p>\n")]
    [InlineData("[click **me**](vbscript:msgbox)", "<p>click <strong>me</strong></p>\n")]
    [InlineData("<javascript:alert(1)>", "<p>javascript:alert(1)</p>\n")]
    [InlineData("![a chart](https://evil.example/x.png)", "<p>a chart</p>\n")]
    [InlineData("<b>hi</b>", "<p>&lt;b&gt;hi&lt;/b&gt;</p>\n")]
    public void ToHtml_UnsafeMarkup_RendersAsPlainText(string markdown, string expected)
    {
        Assert.Equal(expected, _renderer.ToHtml(markdown));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n\t")]
    public void ToHtml_NullOrBlank_IsEmpty(string? markdown)
    {
        Assert.Equal(string.Empty, _renderer.ToHtml(markdown));
    }

    [Fact]
    public void ToHtml_Bold_UsesStrong()
    {
        Assert.Equal("<p>a <strong>bold</strong> claim</p>\n", _renderer.ToHtml("a **bold** claim"));
    }

    [Fact]
    public void ToHtml_HttpsLink_KeepsHrefAndAddsRel()
    {
        var html = _renderer.ToHtml("[BBC](https://www.bbc.co.uk)");

        Assert.Equal($"<p><a href=\"https://www.bbc.co.uk\" {Rel}>BBC</a></p>\n", html);
    }

    [Fact]
    public void ToHtml_BareUrl_BecomesALinkWithRel()
    {
        var html = _renderer.ToHtml("see https://example.org today");

        Assert.Equal($"<p>see <a href=\"https://example.org\" {Rel}>https://example.org</a> today</p>\n", html);
    }

    [Theory]
    [InlineData("[write](mailto:desk@example.org)", "mailto:desk@example.org")]
    [InlineData("<desk@example.org>", "mailto:desk@example.org")]
    [InlineData("<https://example.org/a>", "https://example.org/a")]
    [InlineData("[x](HTTP://example.org)", "HTTP://example.org")]
    [InlineData("[x](/articles/x)", "/articles/x")]
    [InlineData("[x](#h-3)", "#h-3")]
    [InlineData("[x](notes/a)", "notes/a")]
    [InlineData("[x](/search?q=a:b)", "/search?q=a:b")]
    public void ToHtml_SafeLink_KeepsItsHref(string markdown, string href)
    {
        var html = _renderer.ToHtml(markdown);

        Assert.Equal([href], Hrefs(html));
        Assert.Contains(Rel, html);
    }

    [Theory]
    [InlineData("https://a.example", true)]
    [InlineData("mailto:a@b.example", true)]
    [InlineData("/relative:path", true)]
    [InlineData("page#x:y", true)]
    [InlineData("", true)]
    [InlineData(" javascript:alert(1)", false)]
    [InlineData("java\tscript:alert(1)", false)]
    [InlineData("java\nscript:alert(1)", false)]
    [InlineData("\u0001javascript:alert(1)", false)]
    [InlineData("JavaScript:alert(1)", false)]
    [InlineData("data:text/html,x", false)]
    [InlineData("vbscript:x", false)]
    [InlineData("ftp://a.example", false)]
    public void IsSafeUrl_AllowsOnlyWebMailAndRelative(string url, bool expected)
    {
        Assert.Equal(expected, MarkdownRenderer.IsSafeUrl(url));
    }

    private static List<string> Hrefs(string html) =>
        [.. HrefAttribute().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    // Percent-escapes decoded and control characters and whitespace dropped: the most a browser might do.
    private static string AsBrowserReadsIt(string href) =>
        new([.. Uri.UnescapeDataString(href).Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c))]);

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex HrefAttribute();

    [GeneratedRegex("<\\s*/?\\s*(script|img|svg|iframe|object|embed|style|div)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex DangerousElement();

    // Attribute values are blanked first: an encoded title="a&quot; onclick=..." is text, not an attribute.
    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex QuotedValue();

    // An on...= attribute inside a real tag; encoded text (&lt;svg onload=...) has no '<' to match.
    [GeneratedRegex("<[a-z][^>]*\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();

    [GeneratedRegex("^(java|vb)script:|^data:", RegexOptions.IgnoreCase)]
    private static partial Regex DangerousScheme();
}
