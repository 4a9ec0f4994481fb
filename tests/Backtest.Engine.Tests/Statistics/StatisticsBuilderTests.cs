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

    [Fact]
    public void BenchmarkList_SameValuesAgain_IsTheListComputedFromThem()
    {
        var series = Benchmark(400, seed: 3);

        var first = StatisticsBuilder.BenchmarkList(series);
        var second = StatisticsBuilder.BenchmarkList(series);

        Assert.Equal(Fresh(series), first);
        Assert.Equal(Fresh(series), second);
    }

    [Fact]
    public void BenchmarkList_SeriesDifferingFromTheLastInOneValueOrInLength_IsComputedAfresh()
    {
        var series = Benchmark(400, seed: 5);
        var changed = (TimeSample[])series.Clone();
        changed[250] = changed[250] with { Value = changed[250].Value + 0.01 };
        var shorter = series[..399];

        StatisticsBuilder.BenchmarkList(series);
        var afterChange = StatisticsBuilder.BenchmarkList(changed);
        var afterShorter = StatisticsBuilder.BenchmarkList(shorter);
        var again = StatisticsBuilder.BenchmarkList(series);

        Assert.Equal(Fresh(changed), afterChange);
        Assert.NotEqual(Fresh(series)[248], afterChange[248]);   // the change into sample 250 (B drops the first change)
        Assert.Equal(Fresh(shorter), afterShorter);
        Assert.Equal(397, afterShorter.Length);   // 399 samples: 398 changes, the first dropped
        Assert.Equal(Fresh(series), again);
    }

    /// <summary>A benchmark series as sampled: seven-significant-digit prices, the same value over weekends.</summary>
    private static TimeSample[] Benchmark(int days, int seed)
    {
        var random = new Random(seed);
        var samples = new TimeSample[days];
        var price = 250.0;
        for (var i = 0; i < days; i++)
        {
            var day = new DateTime(2020, 1, 1).AddDays(i);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday or DayOfWeek.Monday))
            {
                price = Math.Round(price * (1 + ((random.NextDouble() - 0.5) * 0.04)), 4);
            }

            samples[i] = new TimeSample(day, price);
        }

        return samples;
    }

    /// <summary>The list without any memo: each sample converted to decimal on its own.</summary>
    private static double[] Fresh(TimeSample[] series) =>
        LeanSampleSeries.BenchmarkList(series.Select(s => (decimal)s.Value).ToArray());
}
