using NewsReader.Web.Search;

namespace NewsReader.UnitTests.Search;

public sealed class SnippetHtmlTests
{
    [Fact]
    public void Render_MarksMatches_AndEncodesEverythingElse()
    {
        var marked = $"<b>a</b> & {SnippetHtml.Open}Huawei{SnippetHtml.Close} \"5G\" <script>";

        Assert.Equal("&lt;b&gt;a&lt;/b&gt; &amp; <mark>Huawei</mark> &quot;5G&quot; &lt;script&gt;", SnippetHtml.Render(marked));
    }

    [Fact]
    public void Render_UnclosedOrStrayMarkers_StillGiveBalancedHtml()
    {
        Assert.Equal("a<mark>b</mark>", SnippetHtml.Render($"a{SnippetHtml.Open}b"));
        Assert.Equal("ab", SnippetHtml.Render($"a{SnippetHtml.Close}b"));
        Assert.Equal(string.Empty, SnippetHtml.Render(null));
    }
}
