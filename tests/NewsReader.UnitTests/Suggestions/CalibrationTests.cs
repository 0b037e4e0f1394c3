using NewsReader.Suggestions;

namespace NewsReader.UnitTests.Suggestions;

public sealed class CalibrationTests
{
    [Fact]
    public void TheMap_IsMonotone_AndStaysBetweenZeroAndOne()
    {
        var previous = -1.0;
        for (var raw = 0.0; raw <= 1.0; raw += 0.01)
        {
            var shown = Calibration.Quote(raw);
            Assert.InRange(shown, 0, 1);
            Assert.True(shown >= previous, $"{raw:0.00} shows {shown:0.000}, below {previous:0.000}");
            previous = shown;
        }
    }

    [Theory]
    [InlineData(0.85, 0.9, 0.96)]
    [InlineData(0.8, 0.9, 0.9)]
    [InlineData(0.75, 0.84, 0.9)]
    [InlineData(0.3, 0.0, 0.55)]
    public void ARawScore_IsShownAsTheShareRightOfItsBand(double raw, double low, double high)
    {
        Assert.InRange(Calibration.Quote(raw), low, high);
    }
}
