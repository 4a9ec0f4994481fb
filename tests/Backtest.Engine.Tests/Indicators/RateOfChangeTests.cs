using Backtest.Engine.Indicators;

namespace Backtest.Engine.Tests.Indicators;

public sealed class RateOfChangeTests
{
    [Theory]
    [InlineData("ROC", 1.0)]
    [InlineData("ROCP", 100.0)]
    [InlineData("MOMP", 100.0)]
    public void Update_RandomSeries_MatchesChangeVersusNStepsBack(string kind, double scale)
    {
        const int n = 10;
        IndicatorBase indicator = kind switch
        {
            "ROC" => new RateOfChange(n),
            "ROCP" => new RateOfChangePercent(n),
            _ => new MomentumPercent(n),
        };
        var prices = IndicatorFixture.Prices(120);
        var (values, ready) = IndicatorFixture.Run(indicator, prices);

        // Reference: n samples back, or the first sample while fewer exist (LEAN uses the oldest in the window).
        var expected = prices.Select((p, i) => (p - prices[Math.Max(0, i - n)]) / prices[Math.Max(0, i - n)] * scale).ToArray();
        IndicatorFixture.AssertClose(expected, values);
        IndicatorFixture.AssertReadyFrom(ready, n + 1);
        Assert.Equal(n + 1, indicator.WarmUpPeriod);
    }

    [Fact]
    public void Update_ZeroReference_IsZero()
    {
        var (values, _) = IndicatorFixture.Run(new RateOfChange(1), [0, 5]);

        Assert.Equal(0, values[1]);
    }

    [Fact]
    public void Update_10000Samples_AllocatesNothing()
    {
        Assert.Equal(0, IndicatorFixture.AllocatedBytesFor(new MomentumPercent(63)));
    }
}
