using System.Text;
using NewsReader.Web.Domain;
using NewsReader.Web.Ingestion;

namespace NewsReader.UnitTests.Ingestion;

public sealed class ArticleParserTests
{
    private static readonly string SeedPath = Path.Combine(AppContext.BaseDirectory, "seeds", "000_9ecbe9413df941fa.txt");

    [Fact]
    public void Parse_Seed_GivesTitleAndNineteenParagraphsInOrder()
    {
        var result = ArticleParser.Parse(File.ReadAllBytes(SeedPath));

        Assert.Null(result.Rejection);
        Assert.Empty(result.Warnings);
        var content = result.Content!;
        Assert.Equal("Mike Pompeo flies to UK for talks amid US Huawei concern", content.Title);
        Assert.Equal(19, content.Paragraphs.Count);
        Assert.Equal("Image copyright", content.Paragraphs[0].Text);
        Assert.StartsWith("US Secretary of State Mike Pompeo is flying into Britain", content.Paragraphs[1].Text);
        Assert.Equal("The two men will meet for talks later.", content.Paragraphs[4].Text);
        Assert.Equal("Media captionHow will the Huawei 5G deal affect me?", content.Paragraphs[13].Text);
        Assert.StartsWith("\u201cWe understand that \u2013 we respect that", content.Paragraphs[18].Text);
        Assert.EndsWith("how they share it.\u201d", content.Paragraphs[18].Text);
    }

    [Fact]
    public void Parse_Seed_MarksExactlyTheThreeScrapedCaptions()
    {
        var content = ArticleParser.Parse(File.ReadAllBytes(SeedPath)).Content!;

        var captions = content.Paragraphs.Select((p, i) => (p, i)).Where(x => x.p.Kind == ParagraphKind.Caption).Select(x => x.i);
        Assert.Equal([0, 12, 13], captions);
        Assert.Equal(16, content.Paragraphs.Count(p => p.Kind == ParagraphKind.Body));
    }

    [Theory]
    [InlineData("Image copyright Getty Images")]
    [InlineData("Image caption Mr Raab in Downing Street")]
    [InlineData("Media playback is unsupported on your device")]
    [InlineData("Media captionHow will the deal affect me?")]
    [InlineData("Media caption The minister spoke on Tuesday")]
    public void Parse_MarksBoilerplateAsCaption(string paragraph)
    {
        var content = ArticleParser.Parse($"Title\n\n{paragraph}\n\nBody text.").Content!;

        Assert.Equal(ParagraphKind.Caption, content.Paragraphs[0].Kind);
        Assert.Equal(paragraph, content.Paragraphs[0].Text);
        Assert.Equal(ParagraphKind.Body, content.Paragraphs[1].Kind);
    }

    [Fact]
    public void Parse_KeepsParagraphThatOnlyMentionsImagesAsBody()
    {
        var content = ArticleParser.Parse("Title\n\nThe image caption contest was won by a child.").Content!;

        Assert.Equal(ParagraphKind.Body, Assert.Single(content.Paragraphs).Kind);
    }

    [Fact]
    public void Parse_JoinsSingleLineBreaksWithASpaceAndTrims()
    {
        var content = ArticleParser.Parse("  Title here  \n\n  First line\nsecond line  \n\n\n\n   Next\tparagraph \n").Content!;

        Assert.Equal("Title here", content.Title);
        Assert.Equal(["First line second line", "Next\tparagraph"], content.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Parse_BomAndCrlf_GiveTheSameContentAsPlainUtf8()
    {
        const string text = "Caf\u00e9 owner speaks\n\nShe said: \u201cHello.\u201d\nIt rained.\n\nEnd.";
        var plain = ArticleParser.Parse(Encoding.UTF8.GetBytes(text)).Content!;
        var windows = ArticleParser.Parse([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n"))]).Content!;

        Assert.Equal(plain.Title, windows.Title);
        Assert.Equal(plain.Paragraphs, windows.Paragraphs);
        Assert.Equal(plain.Hash, windows.Hash);
        Assert.Equal("Caf\u00e9 owner speaks", windows.Title);
        Assert.Equal("She said: \u201cHello.\u201d It rained.", windows.Paragraphs[0].Text);
    }

    [Fact]
    public void Parse_LeadingBlankLines_TitleIsFirstNonBlankLine()
    {
        var content = ArticleParser.Parse("\n \n\t\nThe title\nfirst paragraph line\n\nsecond").Content!;

        Assert.Equal("The title", content.Title);
        Assert.Equal(["first paragraph line", "second"], content.Paragraphs.Select(p => p.Text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\r\n  ")]
    public void Parse_EmptyOrWhitespace_IsRejectedAsEmpty(string text)
    {
        var result = ArticleParser.Parse(Encoding.UTF8.GetBytes(text));

        Assert.Null(result.Content);
        Assert.Equal(RejectionReason.Empty, result.Rejection!.Reason);
        Assert.Equal("empty", result.Rejection.Code);
    }

    [Fact]
    public void Parse_BomOnly_IsRejectedAsEmpty()
    {
        Assert.Equal(RejectionReason.Empty, ArticleParser.Parse([0xEF, 0xBB, 0xBF]).Rejection!.Reason);
    }

    [Theory]
    [InlineData("Just a title")]
    [InlineData("Just a title\n\n   \n")]
    public void Parse_TitleWithoutBody_IsRejected(string text)
    {
        var result = ArticleParser.Parse(Encoding.UTF8.GetBytes(text));

        Assert.Equal(RejectionReason.NoBody, result.Rejection!.Reason);
        Assert.Contains("no paragraphs", result.Rejection.Detail);
    }

    [Fact]
    public void Parse_NulByte_IsRejectedAsBinaryWithItsOffset()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Title\n\nBody"), 0, .. Encoding.UTF8.GetBytes("more")];

        var result = ArticleParser.Parse(bytes);

        Assert.Equal(RejectionReason.Binary, result.Rejection!.Reason);
        Assert.Contains("offset 11", result.Rejection.Detail);
    }

    [Fact]
    public void Parse_Utf16WithBom_IsRejectedWithAdvice()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Title\n\nBody")).ToArray();

        var result = ArticleParser.Parse(bytes);

        Assert.Equal(RejectionReason.UnsupportedEncoding, result.Rejection!.Reason);
        Assert.Contains("UTF-8", result.Rejection.Detail);
    }

    [Fact]
    public void Parse_InvalidUtf8_IsDecodedAsWindows1252WithAWarning()
    {
        // "£15.8m" and curly quotes in Windows-1252, as in the BBC corpus's sport/199.txt.
        byte[] bytes = [.. Encoding.ASCII.GetBytes("Transfer fee\n\nThe club paid "), 0xA3, .. Encoding.ASCII.GetBytes("15.8m for him, "), 0x93, .. Encoding.ASCII.GetBytes("a bargain"), 0x94, (byte)'.'];

        var result = ArticleParser.Parse(bytes);

        Assert.Null(result.Rejection);
        Assert.Contains("Windows-1252", Assert.Single(result.Warnings));
        Assert.Equal("The club paid \u00a315.8m for him, \u201ca bargain\u201d.", result.Content!.Paragraphs[0].Text);
    }

    [Fact]
    public void Parse_ValidUtf8_HasNoWarnings()
    {
        var result = ArticleParser.Parse(Encoding.UTF8.GetBytes("T\u00edtulo\n\n\u00a315.8m \u2014 \U0001F600"));

        Assert.Empty(result.Warnings);
        Assert.Equal("\u00a315.8m \u2014 \U0001F600", result.Content!.Paragraphs[0].Text);
    }

    [Fact]
    public void Content_HashCoversTitleAndEveryParagraph()
    {
        var a = ArticleParser.Parse("Title\n\nOne.\n\nTwo.").Content!;
        var b = ArticleParser.Parse("Title\n\nOne.\n\nTwo!").Content!;
        var c = ArticleParser.Parse("Other title\n\nOne.\n\nTwo.").Content!;

        Assert.Equal(64, a.Hash.Length);
        Assert.NotEqual(a.Hash, b.Hash);
        Assert.NotEqual(a.Hash, c.Hash);
        Assert.Equal(a.Hash, ArticleParser.Parse("Title\r\n\r\nOne.\r\n\r\n\r\nTwo.\r\n").Content!.Hash);
    }

    [Fact]
    public void Content_WordCountCountsBodyParagraphsOnly()
    {
        var content = ArticleParser.Parse("A title of words\n\nImage copyright Getty Images\n\nThree words here.\n\nAnd  two\tmore.").Content!;

        Assert.Equal(6, content.WordCount);
    }

    [Fact]
    public void Parse_TitleLongerThanAnyHeadline_IsRejected()
    {
        var result = ArticleParser.Parse(new string('x', Article.MaxTitleLength + 1) + "\n\nBody.");

        Assert.Equal(RejectionReason.TitleTooLong, result.Rejection!.Reason);
        Assert.Contains("1,001", result.Rejection.Detail);
    }

    [Fact]
    public void Parse_TooManyParagraphs_IsRejected()
    {
        var text = "Title\n\n" + string.Concat(Enumerable.Repeat("p\n\n", Article.MaxParagraphs + 1));

        Assert.Equal(RejectionReason.TooManyParagraphs, ArticleParser.Parse(text).Rejection!.Reason);
        Assert.Null(ArticleParser.Parse("Title\n\n" + string.Concat(Enumerable.Repeat("p\n\n", Article.MaxParagraphs))).Rejection);
    }

    [Fact]
    public void Parse_DoubledByteOrderMark_IsNotPartOfTheTitle()
    {
        Assert.Equal("Title", ArticleParser.Parse([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. "Title\n\nBody"u8]).Content!.Title);
        Assert.Equal(RejectionReason.Empty, ArticleParser.Parse([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF]).Rejection!.Reason);
    }

    [Fact]
    public void Parse_OldMacLineEnds_SplitParagraphs()
    {
        Assert.Equal(["One", "Two"], ArticleParser.Parse("Title\rOne\r\rTwo").Content!.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Parse_C1ControlCharacters_BecomeTheWindows1252PunctuationBrowsersShow()
    {
        Assert.Equal("A \u2013 b \u20AC c \u201Cq\u201D", ArticleParser.Parse("T\n\nA \u0096 b \u0080 c \u0093q\u0094").Content!.Paragraphs[0].Text);
    }
}
