using Backtest.Engine.Backtesting;
using Backtest.Engine.Statistics;
using Backtest.Engine.Tests.Support;
using Backtest.Testing;

namespace Backtest.Engine.Tests.Statistics;

/// <summary>StatisticsBuilder: the bridge from a run's result to LEAN's summary (full parity is in tests/.../Parity).</summary>
public sealed class StatisticsBuilderTests
{
    [Fact]
    public void DefaultRiskFreeRate_NoInterestRateFile_IsLeansOnePercent()
    {
        using var folder = new TempFolder();

        var rate = StatisticsBuilder.DefaultRiskFreeRate(folder.Path);

        Assert.Equal(0.01, rate(new DateOnly(2020, 1, 1)));
    }

    [Fact]
    public void DefaultRiskFreeRate_LeanFile_ReadsPercentAsFraction()
    {
        var root = SharedData.LeanDataFolder;
        if (root is null)
        {
            Assert.Skip(SharedData.MissingReason);
        }

        var rate = StatisticsBuilder.DefaultRiskFreeRate(root);

        Assert.Equal(0.0225, rate(new DateOnly(1998, 1, 1)), 12);   // SEMANTICS.md F.3: first file value 2.25%
    }

    [Fact]
    public void Build_FlatRunWithoutOrders_GivesZeroStatisticsAndLeanKeys()
    {
        var calendar = FrameBuilder.Calendar();
        var index = FrameBuilder.Daily(calendar, new DateOnly(2020, 1, 2), new DateOnly(2020, 1, 31));
        var frame = FrameBuilder.Frame(FrameBuilder.Flat("SPY", index, 100));
        var algorithm = new ScriptedAlgorithm(a =>
        {
            a.SetStartDate(2020, 1, 2);
            a.SetEndDate(2020, 1, 31);
            a.AddEquity("SPY");
        });
        var result = new BacktestEngine(frame, calendar).Run(algorithm);

        var statistics = StatisticsBuilder.Build(result, _ => 0.02);

        Assert.Equal(StatisticsFormatter.Keys, statistics.Summary.Select(kv => kv.Key).ToList());
        Assert.Equal("100000", statistics["End Equity"]);   // never traded: the cash's own scale
        Assert.Equal("0%", statistics["Net Profit"]);
        Assert.Equal("$0", statistics["Estimated Strategy Capacity"]);
        Assert.Equal("", statistics["Lowest Capacity Asset"]);
        Assert.Equal(result.OrderHash, statistics.OrderHash);
        Assert.Equal(0.02, statistics.Portfolio.RiskFreeRate, 12);
    }
}
