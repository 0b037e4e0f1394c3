using NewsReader.Web.Domain;

namespace NewsReader.UnitTests.Domain;

public sealed class PagingTests
{
    [Theory]
    [InlineData(1, 20, 0)]
    [InlineData(3, 20, 40)]
    [InlineData(int.MaxValue, 20, int.MaxValue)] // 32-bit arithmetic wrapped this to a negative offset
    [InlineData(1073741825, 2, int.MaxValue)]
    [InlineData(0, 20, 0)]
    [InlineData(int.MinValue, 100, 0)]
    public void Offset_NeverWrapsAndIsCappedAtIntMax(int page, int pageSize, int expected)
    {
        Assert.Equal(expected, Paging.Offset(page, pageSize));
    }

    [Theory]
    [InlineData(0, 20, 1)]
    [InlineData(20, 20, 1)]
    [InlineData(21, 20, 2)]
    [InlineData(int.MaxValue, 100, 21474837)]
    public void PageCount_RoundsUpAndIsAtLeastOne(int total, int pageSize, int expected)
    {
        Assert.Equal(expected, Paging.PageCount(total, pageSize));
    }

    [Theory]
    [InlineData(int.MinValue, 3, 1)]
    [InlineData(2, 3, 2)]
    [InlineData(int.MaxValue, 3, 3)]
    public void Shown_IsTheFirstBelowOneAndTheLastPastTheEnd(int page, int pages, int expected)
    {
        Assert.Equal(expected, Paging.Shown(page, pages));
    }
}
