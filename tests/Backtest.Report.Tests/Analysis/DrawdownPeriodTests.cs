using Backtest.Report.Analysis;

namespace Backtest.Report.Tests.Analysis;

public sealed class DrawdownPeriodTests
{
    [Fact]
    public void Worst_HandSeries_RanksEpisodesByDepthWithRecovery()
    {
        // Hand-built closes: episode A 100 -> 80 -> 100 (-20%), episode B 100 -> 90 -> 105 (-10%), episode C 105 -> 70 unrecovered (-33.3%).
        var dates = Enumerable.Range(0, 8).Select(i => new DateOnly(2024, 1, 1).AddDays(i)).ToArray();
        double[] closes = [100, 80, 100, 90, 105, 70, 75, 80];
        var worst = DrawdownPeriod.Worst(PerformanceSeries.From(dates, closes), 5);
        Assert.Equal(3, worst.Count);
        Assert.Equal(dates[4], worst[0].Start);
        Assert.Equal(dates[5], worst[0].Trough);
        Assert.Null(worst[0].Recovery);
        Assert.Equal(70.0 / 105 - 1, worst[0].Depth, 12);
        Assert.Equal(3, worst[0].LengthDays);
        Assert.Equal((dates[0], dates[1], (DateOnly?)dates[2], 2), (worst[1].Start, worst[1].Trough, worst[1].Recovery, worst[1].LengthDays));
        Assert.Equal(-0.2, worst[1].Depth, 12);
        Assert.Equal(-0.1, worst[2].Depth, 12);
    }
}
