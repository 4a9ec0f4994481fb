using Backtest.Data.Model;
using Backtest.Engine.Backtesting;
using Backtest.Engine.Tests.Support;

namespace Backtest.Engine.Tests.Backtesting;

/// <summary>STYLE.md 5: the steady-state time loop allocates nothing per bar (bars read through the slice view).</summary>
public sealed class HotPathAllocationTests
{
    [Fact]
    public void Run_SteadyStateLoop_AllocatesNothingPerBar()
    {
        var calendar = FrameBuilder.Calendar();
        var index = FrameBuilder.Daily(calendar, new DateOnly(2000, 1, 3), new DateOnly(2007, 12, 31));
        var random = new Random(1);
        var frame = FrameBuilder.Frame(
            FrameBuilder.Columns("AAA", index, _ => (100, 101, 99, 100 + random.NextDouble())),
            FrameBuilder.Columns("SPY", index, _ => (100, 101, 99, 100 + random.NextDouble())));
        var marks = new List<long>(8);
        var aaa = Symbol.Create("AAA");
        var spy = Symbol.Create("SPY");
        var bars = 0;
        var algorithm = new ScriptedAlgorithm(
            a =>
            {
                a.SetStartDate(2000, 1, 3);
                a.SetEndDate(2007, 12, 31);
                a.AddEquity("AAA");
                a.AddEquity("SPY");
            },
            (a, slice) =>
            {
                var bar = slice.Bars[aaa];
                if (bar.Close > 0 && slice.ContainsKey(spy) && a.Portfolio.TotalPortfolioValue > 0)
                {
                    bars++;
                }

                if (bars is 400 or 800 or 1200 or 1600)
                {
                    marks.Add(GC.GetAllocatedBytesForCurrentThread());
                }
            });

        new BacktestEngine(frame, calendar).Run(algorithm);

        // Three 400-bar windows; the quietest counts, so a one-off runtime allocation on this thread while the JIT
        // tiers code up does not fail the test, but anything the loop allocates per bar shows in every window.
        Assert.Equal(4, marks.Count);
        var fewest = Enumerable.Range(1, 3).Min(i => marks[i] - marks[i - 1]);
        Assert.True(fewest == 0, $"{fewest / 400.0} bytes per bar (window allocations: {string.Join(", ", Enumerable.Range(1, 3).Select(i => marks[i] - marks[i - 1]))})");
    }
}
