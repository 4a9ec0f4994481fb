using Backtest.Engine.Indicators;

namespace Backtest.Engine.Tests.Indicators;

public sealed class SimpleMovingAverageTests
{
    [Fact]
    public void Update_RandomSeries_MatchesWindowMean()
    {
        var prices = IndicatorFixture.Prices(300);
        var (values, ready) = IndicatorFixture.Run(new SimpleMovingAverage(20), prices);

        var expected = new double[prices.Length];
        for (var i = 0; i < prices.Length; i++)
        {
            var from = Math.Max(0, i - 19);
            expected[i] = prices[from..(i + 1)].Average();
        }

        IndicatorFixture.AssertClose(expected, values);
        IndicatorFixture.AssertReadyFrom(ready, 20);
    }

    [Fact]
    public void Update_10000Samples_AllocatesNothing()
    {
        Assert.Equal(0, IndicatorFixture.AllocatedBytesFor(new SimpleMovingAverage(50)));
    }

    [Fact]
    public void Reset_AfterUpdates_StartsOver()
    {
        var sma = new SimpleMovingAverage(3);
        IndicatorFixture.Run(sma, [1, 2, 3, 4]);

        sma.Reset();
        sma.Update(IndicatorFixture.Start, 10);

        Assert.Equal(10, sma.Current.Value);
        Assert.Equal(1, sma.Samples);
        Assert.False(sma.IsReady);
    }
}
