using NewsReader.Web.Pages.Shared;

namespace NewsReader.UnitTests.Pages;

public sealed class LocationUrlTests
{
    [Theory]
    [InlineData("/articles/a-b?x=1#h-2", "/articles/a-b?x=1#h-2")]
    [InlineData("/articles/caf\u00e9", "/articles/caf%C3%A9")]
    [InlineData("/a b", "/a%20b")]
    [InlineData("/a\u0007\u007f", "/a%07%7F")]
    [InlineData("/\u2028\ud83d\ude00", "/%E2%80%A8%F0%9F%98%80")]
    [InlineData("/already%C3%A9", "/already%C3%A9")]
    public void Escape_LeavesPrintableAsciiAndEscapesTheRest(string url, string expected)
    {
        Assert.Equal(expected, LocationUrl.Escape(url));
    }
}
