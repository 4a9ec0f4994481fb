using Backtest.Data.Frames;
using Backtest.Engine.Backtesting;
using Backtest.Engine.Statistics;
using Backtest.Engine.Tests.Support;

namespace Backtest.Engine.Tests.Backtesting;

/// <summary>
/// The daily benchmark sample is LEAN's SmartRounding of the latest benchmark close (SEMANTICS.md A.5). The rounding is
/// done once per bar and shared by every run over the same benchmark columns, so runs over different ranges of one
/// benchmark, in either order, must each still see exactly the rounded close of their own latest bar.
/// </summary>
public sealed class BenchmarkSamplingTests
{
    [Fact]
    public void Run_RangesSharingOneBenchmark_EachSampleIsTheSmartRoundedLatestClose()
    {
        var calendar = FrameBuilder.Calendar(new DateOnly(2024, 1, 15));
        var index = FrameBuilder.Daily(calendar, new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 29));
        // More digits than SmartRounding keeps: 7 significant digits below 1000, 4 decimals above.
        var benchmark = FrameBuilder.Columns("BBB", index, i =>
        {
            var close = (i % 3 == 0 ? 1234.56789123 : 98.7654321987) + (i * 0.0012345);
            return (close, close, close, close);
        });
        var frame = FrameBuilder.Frame(FrameBuilder.Flat("AAA", index, 100), benchmark);
        var options = new BacktestOptions { Benchmark = benchmark };

        var inner = new BacktestEngine(frame, calendar, options).Run(Holding(new DateTime(2024, 2, 12), new DateTime(2024, 3, 8)));
        var outer = new BacktestEngine(frame, calendar, options).Run(Holding(new DateTime(2024, 1, 2), new DateTime(2024, 3, 28)));
        var innerAgain = new BacktestEngine(frame, calendar, options).Run(Holding(new DateTime(2024, 2, 12), new DateTime(2024, 3, 8)));

        foreach (var result in new[] { inner, outer, innerAgain })
        {
            Assert.True(result.Benchmark.Count > 20);
            Assert.All(result.Benchmark, sample => Assert.Equal(Expected(benchmark, sample.Time), sample.Value));
        }

        Assert.Equal(inner.Benchmark, innerAgain.Benchmark);
    }

    /// <summary>The decimal SmartRounding of the close of the last bar that ended at or before <paramref name="time"/>.</summary>
    private static double Expected(SymbolColumns benchmark, DateTime time)
    {
        var last = -1;
        for (var i = 0; i < benchmark.Index.Count && benchmark.Index.EndTimes[i] <= time; i++)
        {
            last = i;
        }

        return last < 0 ? 0 : (double)LeanSampleSeries.SmartRound((decimal)benchmark.Close[last]);
    }

    private static ScriptedAlgorithm Holding(DateTime start, DateTime end) => new(
        a =>
        {
            a.SetStartDate(start.Year, start.Month, start.Day);
            a.SetEndDate(end.Year, end.Month, end.Day);
            a.AddEquity("AAA");
        },
        (a, _) =>
        {
            if (!a.Portfolio[a.Sym("AAA")].Invested)
            {
                a.SetHoldings(a.Sym("AAA"), 1);
            }
        });
}
