using Backtest.Engine.Statistics;

namespace Backtest.Engine.Tests.Statistics;

public sealed class LeanSampleSeriesTests
{
    [Fact]
    public void PerformanceList_DailyTotals_DropsFirstTwoAndRoundsPercentTo10Decimals()
    {
        // Changes vs the previous sample (starting capital first): 0, 0, +1%, then 101000 -> 100000 = -0.99009900990099...%.
        var p = LeanSampleSeries.PerformanceList(100000m, [100000, 100000, 101000, 100000]);

        Assert.Equal(2, p.Length);
        Assert.Equal(0.01, p[0], 15);
        Assert.Equal(-0.0099009900990, p[1], 15);
    }

    [Fact]
    public void PerformanceList_TwoSamples_IsEmpty()
    {
        Assert.Empty(LeanSampleSeries.PerformanceList(100m, [100, 101]));
    }

    [Fact]
    public void BenchmarkList_Values_DropsFirstChangeAndMapsZeroBaseToZero()
    {
        var b = LeanSampleSeries.BenchmarkList([100m, 110m, 121m, 0m, 5m]);

        Assert.Equal([0.1, -1.0, 0.0], b);
    }

    [Theory]
    [InlineData("1234.567891", "1234.5679")]
    [InlineData("143.0774097", "143.0774")]
    [InlineData("0.0123456789", "0.01234568")]
    [InlineData("999.99996", "1000.0000")]
    public void SmartRound_Value_RoundsLikeLean(string raw, string expected)
    {
        var value = LeanSampleSeries.SmartRound(decimal.Parse(raw, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void MeanRiskFreeRate_IntradayKeys_WeighTheirDates()
    {
        var d1 = new DateTime(2020, 1, 1);
        var d2 = new DateTime(2020, 1, 2);
        DateTime[] keys = [d1, d2, d2.AddHours(10), d2.AddHours(16)];

        var rf = LeanSampleSeries.MeanRiskFreeRate(keys, d => d == d1 ? 0.01 : 0.03);

        Assert.Equal((0.01 + 3 * 0.03) / 4, rf, 15);
        Assert.Equal(0, LeanSampleSeries.MeanRiskFreeRate([], _ => 1));
    }
}
