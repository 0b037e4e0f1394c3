using NewsReader.Web.Ingestion;

namespace NewsReader.UnitTests.Ingestion;

public sealed class SlugMakerTests
{
    [Theory]
    [InlineData("Mike Pompeo flies to UK for talks amid US Huawei concern", "mike-pompeo-flies-to-uk-for-talks-amid-us-huawei-concern")]
    [InlineData("UK\u2019s 5G deal: what next?", "uks-5g-deal-what-next")]
    [InlineData("Citro\u00ebn and Nestl\u00e9 \u2013 caf\u00e9 talks", "citroen-and-nestle-cafe-talks")]
    [InlineData("<script>alert(1)</script>", "script-alert-1-script")]
    [InlineData("\u4e2d\u6587\u6807\u9898", "article")]
    [InlineData("!!!", "article")]
    public void FromTitle_MakesLowerCaseHyphenatedAscii(string title, string expected)
    {
        Assert.Equal(expected, SlugMaker.FromTitle(title));
    }

    [Fact]
    public void FromTitle_NothingLeft_TakesTheCallersFallback()
    {
        // People and topics named in another script are "person" and "topic", not "article".
        Assert.Equal(("person", "mike"), (SlugMaker.FromTitle("\u674E\u5C0F\u9F8D", "person"), SlugMaker.FromTitle("Mike", "person")));
    }

    [Fact]
    public void FromTitle_LongTitle_IsCutAtAWordBoundary()
    {
        var slug = SlugMaker.FromTitle(string.Join(' ', Enumerable.Repeat("lengthy", 40)));

        Assert.True(slug.Length <= SlugMaker.MaxBaseLength, slug);
        Assert.EndsWith("lengthy", slug);
        Assert.DoesNotContain("--", slug);
    }

    [Fact]
    public void Candidate_NumbersFromTwo()
    {
        Assert.Equal(["news", "news-2", "news-3"], Enumerable.Range(1, 3).Select(n => SlugMaker.Candidate("news", n)));
    }
}
