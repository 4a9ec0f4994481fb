using Backtest.Engine.Statistics;

namespace Backtest.Engine.Tests.Statistics;

/// <summary>Expected strings come from LEAN's regression tables in ../shared/parity/lean/CASES.md.</summary>
public sealed class StatisticsFormatterTests
{
    [Fact]
    public void Percent_DecimalScale_IsKept()
    {
        Assert.Equal("0.800%", StatisticsFormatter.Percent(LeanDecimal.WithScale(0.00795, 3), 3));
        Assert.Equal("0%", StatisticsFormatter.Percent(0m, 3));
        Assert.Equal("0.000%", StatisticsFormatter.Percent(LeanDecimal.WithScale(0.00002, 3), 3));
        Assert.Equal("28.200%", StatisticsFormatter.Percent(0.282m, 3));
        Assert.Equal("57%", StatisticsFormatter.Percent(24m / 42m, 0));
        Assert.Equal("10.01%", StatisticsFormatter.Percent(0.1000854m, 2));
    }

    [Fact]
    public void Ratio_Double_PrintsShortestRoundedForm()
    {
        Assert.Equal("-19", StatisticsFormatter.Ratio(-18.99996));
        Assert.Equal("0.02", StatisticsFormatter.Ratio(0.019999));
        Assert.Equal("1.015", StatisticsFormatter.Ratio(1.01470));
        Assert.Equal("0", StatisticsFormatter.Ratio(-0.0001));
    }

    [Fact]
    public void Fees_Midpoint_RoundsAwayFromZero()
    {
        Assert.Equal("$3.49", StatisticsFormatter.Fees((decimal)3.485));
        Assert.Equal("$3.44", StatisticsFormatter.Fees((decimal)3.435));
        Assert.Equal("$0.00", StatisticsFormatter.Fees(0m));
    }

    [Fact]
    public void Decimal_EquityScale_ReproducesLeanEquityStrings()
    {
        Assert.Equal("98919.60", StatisticsFormatter.Decimal(LeanDecimal.WithScale(98919.6, 4), 2));
        Assert.Equal("99993.90", StatisticsFormatter.Decimal(LeanDecimal.WithScale(99993.9000000001, 4), 2));
        Assert.Equal("104486.22", StatisticsFormatter.Decimal(LeanDecimal.WithScale(104486.2216, 4), 2));
        Assert.Equal("100000", StatisticsFormatter.Decimal(100000m, 2));
        Assert.Equal("94421.6", StatisticsFormatter.Decimal(94421.6m, 2));
    }

    [Fact]
    public void Capacity_NeverEstimated_PrintsDollarZero()
    {
        Assert.Equal("$0", StatisticsFormatter.Capacity(null));
        Assert.Equal("$1200000000.00", StatisticsFormatter.Capacity(1200000000m));
    }

    [Fact]
    public void Format_NoReturns_ProducesLiquidateRegressionZeros()
    {
        var stats = new PortfolioStatistics { StartEquity = 100000m, EndEquity = 100000m };

        var summary = StatisticsFormatter.Format(stats, new StatisticsSummaryExtras(6, 0m, null, ""));

        Assert.Equal(27, summary.Count);
        Assert.Equal(new KeyValuePair<string, string>("Total Orders", "6"), summary[0]);
        Assert.Equal("0%", summary[3].Value);
        Assert.Equal("100000", summary[7].Value);
        Assert.Equal("0", summary[9].Value);
        Assert.Equal("$0", summary[23].Value);
        Assert.Equal("Drawdown Recovery", summary[26].Key);
    }
}
