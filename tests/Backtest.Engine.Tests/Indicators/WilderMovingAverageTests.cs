using Backtest.Engine.Indicators;

namespace Backtest.Engine.Tests.Indicators;

public sealed class WilderMovingAverageTests
{
    [Fact]
    public void Update_RandomSeries_RunningMeanThenWilderSmoothing()
    {
        var prices = IndicatorFixture.Prices(200);
        const int n = 14;
        var (values, ready) = IndicatorFixture.Run(new WilderMovingAverage(n), prices);

        var expected = new double[prices.Length];
        for (var i = 0; i < prices.Length; i++)
        {
            expected[i] = i < n ? prices[..(i + 1)].Average() : (prices[i] + expected[i - 1] * (n - 1)) / n;
        }

        IndicatorFixture.AssertClose(expected, values);
        IndicatorFixture.AssertReadyFrom(ready, n);
    }
}
