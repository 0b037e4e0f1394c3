using System.Text;
using NetArchTest.Rules;
using NewsReader.Web.People;

namespace NewsReader.UnitTests.People;

public sealed class CsvWriterTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    [InlineData("", "\"\"")]
    [InlineData(null, "\"\"")]
    public void Field_IsAlwaysQuoted_WithQuotesDoubled_AndCommasAndLineBreaksKeptInside(string? value, string expected) =>
        Assert.Equal(expected, CsvWriter.Field(value));

    [Theory]
    [InlineData("=1+2", "\"'=1+2\"")]
    [InlineData("+44 20", "\"'+44 20\"")]
    [InlineData("-2", "\"'-2\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\tindented", "\"'\tindented\"")]
    [InlineData("\rreturn", "\"'\rreturn\"")]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    public void Field_ThatWouldStartAFormula_IsPrefixedWithAQuoteMark(string value, string expected) =>
        Assert.Equal(expected, CsvWriter.Field(value));

    [Theory]
    [InlineData("a=b")]
    [InlineData(" =1")]
    [InlineData("'quoted already")]
    public void Field_WithFormulaCharactersElsewhere_IsLeftAlone(string value) =>
        Assert.Equal("\"" + value + "\"", CsvWriter.Field(value));

    [Fact]
    public void Rows_AreJoinedByCommas_AndEndWithCrlf()
    {
        var csv = new CsvWriter().AddRow("a", "b,c").AddRow("line\nbreak", null);

        Assert.Equal("\"a\",\"b,c\"\r\n\"line\nbreak\",\"\"\r\n", csv.ToString());
    }

    [Fact]
    public void Bytes_AreUtf8_WithAByteOrderMark()
    {
        var bytes = new CsvWriter().AddRow("Zoë").ToUtf8WithBom();

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("\"Zoë\"\r\n", Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }

    [Fact]
    public void CsvWriter_UsesNoDatabaseOrWebTypes()
    {
        var result = Types.InAssembly(typeof(CsvWriter).Assembly)
            .That().HaveName(nameof(CsvWriter))
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "NewsReader.Web.Data")
            .GetResult();

        Assert.True(result.IsSuccessful);
    }
}
