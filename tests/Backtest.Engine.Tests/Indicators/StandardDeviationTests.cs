using Backtest.Engine.Indicators;

namespace Backtest.Engine.Tests.Indicators;

public sealed class StandardDeviationTests
{
    [Fact]
    public void Update_RandomSeries_MatchesTwoPassPopulationDeviation()
    {
        var prices = IndicatorFixture.Prices(300);
        const int n = 20;
        var (values, ready) = IndicatorFixture.Run(new StandardDeviation(n), prices);

        var expected = new double[prices.Length];
        for (var i = 1; i < prices.Length; i++)
        {
            var window = prices[Math.Max(0, i - n + 1)..(i + 1)];
            var mean = window.Average();
            expected[i] = Math.Sqrt(window.Sum(x => (x - mean) * (x - mean)) / window.Length);
        }

        // Running sums of squares lose digits against a two-pass sum; 1e-6 absolute on prices ~100 is ample.
        for (var i = 0; i < prices.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - values[i]) < 1e-6, $"index {i}: {expected[i]} vs {values[i]}");
        }

        IndicatorFixture.AssertReadyFrom(ready, n);
    }

    [Fact]
    public void Update_10000Samples_AllocatesNothing()
    {
        Assert.Equal(0, IndicatorFixture.AllocatedBytesFor(new StandardDeviation(20)));
    }
}
