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
        var marks = new List<long>(4);
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

                if (bars is 500 or 1500)
                {
                    marks.Add(GC.GetAllocatedBytesForCurrentThread());
                }
            });

        new BacktestEngine(frame, calendar).Run(algorithm);

        var perBar = (marks[1] - marks[0]) / 1000.0;
        Assert.True(perBar == 0, $"{perBar} bytes per bar");
    }
}
