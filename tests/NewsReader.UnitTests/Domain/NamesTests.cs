using NewsReader.Web.Domain;

namespace NewsReader.UnitTests.Domain;

public sealed class NamesTests
{
    [Theory]
    [InlineData("  Mike   Pompeo ", "Mike Pompeo")]
    [InlineData("\u05D3\u05D5\u05D3 \u200F\u05DC\u05D5\u05D9", "\u05D3\u05D5\u05D3 \u200F\u05DC\u05D5\u05D9")] // a right-to-left mark is ordinary text
    public void Check_TrimsAndKeepsOrdinaryNames(string name, string expected)
    {
        Assert.Equal(expected, Names.Check(name, "name"));
    }

    [Theory]
    [InlineData("Evil\u202Eeteled")]
    [InlineData("\u2066Isolated\u2069")]
    [InlineData("Bell\u0007inside")]
    [InlineData("   ")]
    public void Check_RefusesEmptyNamesAndThoseThatReorderOrControlTheText(string name)
    {
        Assert.Throws<ArgumentException>(() => Names.Check(name, "name"));
    }
}
