using Backtest.Data.Model;
using Backtest.Engine.Indicators;

namespace Backtest.Engine.Tests.Indicators;

public sealed class MinimumTests
{
    [Fact]
    public void Update_RandomSeries_MatchesWindowScan()
    {
        var prices = IndicatorFixture.Prices(400, seed: 3);
        const int n = 7;
        var (values, ready) = IndicatorFixture.Run(new Minimum(n), prices);

        var expected = prices.Select((_, i) => prices[Math.Max(0, i - n + 1)..(i + 1)].Min()).ToArray();
        IndicatorFixture.AssertClose(expected, values, 0);
        IndicatorFixture.AssertReadyFrom(ready, n);
    }

    [Fact]
    public void Update_Bar_UsesLow()
    {
        var min = new Minimum(2);
        var t = IndicatorFixture.Start;

        min.Update(new Bar(t, t.AddDays(1), 10, 12, 9, 11, 1000));

        Assert.Equal(9, min.Current.Value);
    }

    [Fact]
    public void Update_10000Samples_AllocatesNothing()
    {
        Assert.Equal(0, IndicatorFixture.AllocatedBytesFor(new Minimum(20)));
    }
}
