using Backtest.Engine.Indicators;

namespace Backtest.Engine.Tests.Indicators;

public sealed class ExponentialMovingAverageTests
{
    [Fact]
    public void Update_RandomSeries_ZeroThenSmaSeedThenRecursive()
    {
        var prices = IndicatorFixture.Prices(300);
        const int n = 12;
        var (values, ready) = IndicatorFixture.Run(new ExponentialMovingAverage(n), prices);

        var k = 2.0 / (n + 1);
        var expected = new double[prices.Length];
        for (var i = 0; i < prices.Length; i++)
        {
            expected[i] = i < n - 1 ? 0 : i == n - 1 ? prices[..n].Average() : prices[i] * k + expected[i - 1] * (1 - k);
        }

        IndicatorFixture.AssertClose(expected, values);
        IndicatorFixture.AssertReadyFrom(ready, n);
    }

    [Fact]
    public void Update_10000Samples_AllocatesNothing()
    {
        Assert.Equal(0, IndicatorFixture.AllocatedBytesFor(new ExponentialMovingAverage(26)));
    }
}
