using Backtest.Engine.Indicators;

namespace Backtest.Engine.Tests.Indicators;

public sealed class RelativeStrengthIndexTests
{
    [Fact]
    public void Update_RandomSeries_MatchesWilderRsi()
    {
        var prices = IndicatorFixture.Prices(250);
        const int n = 14;
        var (values, ready) = IndicatorFixture.Run(new RelativeStrengthIndex(n), prices);

        // Independent: gains/losses from the second sample on, Wilder averages seeded with their running mean.
        var expected = new double[prices.Length];
        expected[0] = 100;
        double gain = 0, loss = 0;
        for (var i = 1; i < prices.Length; i++)
        {
            var up = Math.Max(0, prices[i] - prices[i - 1]);
            var down = Math.Max(0, prices[i - 1] - prices[i]);
            var m = i; // number of changes seen
            gain = m <= n ? (gain * (m - 1) + up) / m : (gain * (n - 1) + up) / n;
            loss = m <= n ? (loss * (m - 1) + down) / m : (loss * (n - 1) + down) / n;
            expected[i] = loss == 0 ? 100 : 100 - 100 / (1 + gain / loss);
        }

        IndicatorFixture.AssertClose(expected, values);
        IndicatorFixture.AssertReadyFrom(ready, n + 1);
    }

    [Fact]
    public void Update_OnlyRises_Is100()
    {
        var (values, _) = IndicatorFixture.Run(new RelativeStrengthIndex(3), [1, 2, 3, 4, 5]);

        Assert.All(values, v => Assert.Equal(100, v));
    }

    [Fact]
    public void Update_10000Samples_AllocatesNothing()
    {
        Assert.Equal(0, IndicatorFixture.AllocatedBytesFor(new RelativeStrengthIndex(14)));
    }
}
