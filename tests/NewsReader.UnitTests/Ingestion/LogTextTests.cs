using NewsReader.Web.Ingestion;

namespace NewsReader.UnitTests.Ingestion;

public sealed class LogTextTests
{
    [Theory]
    [InlineData("business/001.txt", "business/001.txt")]
    [InlineData("new\nline.txt", "new\\u000aline.txt")]
    [InlineData("\u001b]0;owned\u0007.txt", "\\u001b]0;owned\\u0007.txt")]
    [InlineData("a\u2028b\u0085c\u009bd", "a\\u2028b\\u0085c\\u009bd")]
    [InlineData("txt.\u202eexe\u2066x\u2069", "txt.\\u202eexe\\u2066x\\u2069")]
    [InlineData("caf\u00e9 \u05e9\u05dc\u05d5\u05dd.txt", "caf\u00e9 \u05e9\u05dc\u05d5\u05dd.txt")]
    public void Printable_EscapesControlCharactersOnly(string name, string expected)
    {
        Assert.Equal(expected, LogText.Printable(name));
    }
}
