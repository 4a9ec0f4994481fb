using Backtest.Data.Model;
using Backtest.Engine.Indicators;

namespace Backtest.Engine.Tests.Indicators;

public sealed class MaximumTests
{
    [Fact]
    public void Update_RandomSeries_MatchesWindowScan()
    {
        var prices = IndicatorFixture.Prices(400);
        const int n = 15;
        var max = new Maximum(n);
        var (values, ready) = IndicatorFixture.Run(max, prices);

        var expected = prices.Select((_, i) => prices[Math.Max(0, i - n + 1)..(i + 1)].Max()).ToArray();
        IndicatorFixture.AssertClose(expected, values, 0);
        IndicatorFixture.AssertReadyFrom(ready, n);
    }

    [Fact]
    public void PeriodsSinceMaximum_Tie_PrefersLatest()
    {
        var max = new Maximum(3);
        IndicatorFixture.Run(max, [5, 1, 5, 2]);

        Assert.Equal(5, max.Current.Value);
        Assert.Equal(1, max.PeriodsSinceMaximum);
    }

    [Fact]
    public void Update_Bar_UsesHigh()
    {
        var max = new Maximum(2);
        var t = IndicatorFixture.Start;

        max.Update(new Bar(t, t.AddDays(1), 10, 12, 9, 11, 1000));

        Assert.Equal(12, max.Current.Value);
        Assert.Equal(t.AddDays(1), max.Current.Time);
    }

    [Fact]
    public void Update_10000Samples_AllocatesNothing()
    {
        Assert.Equal(0, IndicatorFixture.AllocatedBytesFor(new Maximum(252)));
    }
}
