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
        var result = RunSpy(new DateOnly(2020, 1, 31), _ => 100);

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
    public void Build_ResultsOfEqualLengthOneAfterAnother_EachGivesItsOwnStatistics()
    {
        // The equity arrays are reused between calls of equal length on a thread: a second result must not see the first
        // one's values, and the first one built again must give what it gave before.
        BacktestResult Run(double weight) => RunSpy(new DateOnly(2020, 6, 30), i => 100 * (1 + (0.01 * Math.Sin(i / 3.0)) + (0.002 * i)), weight);
        var (full, half) = (Run(1.0), Run(0.5));
        Assert.Equal(full.Equity.Count, half.Equity.Count);

        var first = StatisticsBuilder.Build(full, _ => 0.01);
        var other = StatisticsBuilder.Build(half, _ => 0.01);
        var again = StatisticsBuilder.Build(full, _ => 0.01);

        var nested = false;
        var outer = StatisticsBuilder.Build(full, _ =>
        {
            // A callback that builds other statistics on the same thread while the outer call holds its arrays.
            if (!nested)
            {
                nested = true;
                Assert.Equal(other.Summary, StatisticsBuilder.Build(half, _ => 0.01).Summary);
            }

            return 0.01;
        });

        Assert.Equal(first.Summary, again.Summary);
        Assert.True(nested);
        Assert.Equal(first.Summary, outer.Summary);
        Assert.NotEqual(first["Drawdown"], other["Drawdown"]);
        Assert.NotEqual(first["End Equity"], other["End Equity"]);
        Assert.Equal(first.Portfolio.Drawdown, DrawdownOf(full), 3);
        Assert.Equal(other.Portfolio.Drawdown, DrawdownOf(half), 3);
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

    /// <summary>SPY alone from 2020-01-02 to <paramref name="last"/> at the given closes (open = high = low = close); with a
    /// <paramref name="weight"/>, bought at that weight on the first bar and held.</summary>
    private static BacktestResult RunSpy(DateOnly last, Func<int, double> close, double? weight = null)
    {
        var calendar = FrameBuilder.Calendar();
        var index = FrameBuilder.Daily(calendar, new DateOnly(2020, 1, 2), last);
        var frame = FrameBuilder.Frame(FrameBuilder.Columns("SPY", index, i => (close(i), close(i), close(i), close(i))));
        return new BacktestEngine(frame, calendar).Run(new ScriptedAlgorithm(
            a =>
            {
                a.SetStartDate(2020, 1, 2);
                a.SetEndDate(last.Year, last.Month, last.Day);
                a.AddEquity("SPY");
            },
            (a, _) =>
            {
                if (weight is { } w && !a.Portfolio.Invested)
                {
                    a.SetHoldings("SPY", w);
                }
            }));
    }

    /// <summary>Maximum drawdown of the sampled equity, computed here (fraction).</summary>
    private static decimal DrawdownOf(BacktestResult result)
    {
        double peak = 0, worst = 0;
        foreach (var sample in result.Equity)
        {
            peak = Math.Max(peak, sample.Value);
            worst = Math.Max(worst, 1 - (sample.Value / peak));
        }

        return (decimal)worst;
    }
}
