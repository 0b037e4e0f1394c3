using System.Text.RegularExpressions;
using NewsReader.Web.Rendering;

namespace NewsReader.UnitTests.Rendering;

/// <summary>
/// Issue 10, finding 2: unsafe links beside, inside or after other links. Every link is checked when
/// it is written, so its order in the note and the kind of link it sits next to must not matter.
/// </summary>
public sealed partial class MarkdownLinkSafetyTests
{
    private const string Rel = "rel=\"nofollow noopener noreferrer\"";

    private readonly MarkdownRenderer _renderer = new();

    [Theory]
    [InlineData("<javascript:alert(5)> [x](javascript:y)", "<p>javascript:alert(5) x</p>\n")] // the probe's note
    [InlineData("[x](javascript:y) <javascript:alert(5)>", "<p>x javascript:alert(5)</p>\n")]
    [InlineData("<JAVASCRIPT:alert(5)> [x](javascript:y)", "<p>JAVASCRIPT:alert(5) x</p>\n")]
    [InlineData("<javascript:a> [x](javascript:b) <javascript:c> [y](javascript:d)", "<p>javascript:a x javascript:c y</p>\n")]
    [InlineData("**_[x](javascript:y)_ <javascript:alert(5)>**", "<p><strong><em>x</em> javascript:alert(5)</strong></p>\n")]
    [InlineData("[x *y*](javascript:y) <vbscript:msgbox>", "<p>x <em>y</em> vbscript:msgbox</p>\n")]
    [InlineData("<javascript:alert(5)> [x][1]\n\n[1]: javascript:alert(1)", "<p>javascript:alert(5) x</p>\n")]
    [InlineData("[x][1] <javascript:alert(5)> [y]\n\n[1]: javascript:alert(1)\n[y]: vbscript:z", "<p>x javascript:alert(5) y</p>\n")]
    [InlineData("<javascript:alert(5)> [x](jav&#x09;ascript:y)", "<p>javascript:alert(5) x</p>\n")]
    [InlineData("<data:text/html,hi> [x](data:text/html;base64,PHNjcmlwdD4=)", "<p>data:text/html,hi x</p>\n")]
    [InlineData("<vbscript:msgbox> [x](vbscript:msgbox)", "<p>vbscript:msgbox x</p>\n")]
    [InlineData("<javascript:alert(5)> ![pic](https://evil.example/x.png)", "<p>javascript:alert(5) pic</p>\n")]
    [InlineData("![pic](https://evil.example/x.png) <javascript:alert(5)> ![b](javascript:x)", "<p>pic javascript:alert(5) b</p>\n")]
    [InlineData("[![pic](https://evil.example/x.png)](javascript:x) <javascript:alert(5)>", "<p>pic javascript:alert(5)</p>\n")]
    [InlineData("- <javascript:a>\n- [x](javascript:b)", "<ul>\n<li>javascript:a</li>\n<li>x</li>\n</ul>\n")]
    public void ToHtml_UnsafeLinksInAnyOrder_AreAllWrittenAsText(string markdown, string expected)
    {
        var html = _renderer.ToHtml(markdown);

        Assert.DoesNotContain("<a", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(expected, html);
    }

    [Theory]
    [InlineData("<javascript:alert(5)> [ok](https://ok.example) [x](javascript:y)", "https://ok.example")]
    [InlineData("[x](javascript:y) <https://ok.example/a> [y][1]\n\n[1]: data:text/html,z", "https://ok.example/a")]
    [InlineData("<vbscript:z> see https://ok.example/b", "https://ok.example/b")]
    [InlineData("[ok][1] <javascript:alert(5)>\n\n[1]: /articles/a", "/articles/a")]
    public void ToHtml_SafeLinkAmongUnsafeOnes_IsTheOnlyLinkAndKeepsRel(string markdown, string href)
    {
        var html = _renderer.ToHtml(markdown);

        Assert.Equal([href], [.. HrefAttribute().Matches(html).Select(m => m.Groups[1].Value)]);
        Assert.Single(AnchorTag().Matches(html));
        Assert.Contains(Rel, html);
    }

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex HrefAttribute();

    [GeneratedRegex("<a\\s")]
    private static partial Regex AnchorTag();
}
