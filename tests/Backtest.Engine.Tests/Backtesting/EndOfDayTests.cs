using Backtest.Data.Model;
using Backtest.Engine.Algorithm;
using Backtest.Engine.Backtesting;

namespace Backtest.Engine.Tests.Backtesting;

/// <summary>
/// OnEndOfDay(Symbol): called per security ten minutes before each close when the algorithm overrides it; an algorithm
/// that does not override it gets no end-of-day events (as in LEAN), and that must not change anything else.
/// </summary>
public sealed class EndOfDayTests
{
    [Fact]
    public void Run_OnEndOfDayOverridden_CalledForEachSecurityTenMinutesBeforeEveryClose()
    {
        var (frame, calendar) = BacktestEngineTests.RandomWalkFrame();
        var algorithm = new EndOfDayRecorder();

        new BacktestEngine(frame, calendar).Run(algorithm);

        // January 2024 in this calendar: every weekday but Monday 15th (a holiday), 15:50 each, securities in the order
        // they were added.
        var expected = Enumerable.Range(1, 31)
            .Select(day => new DateOnly(2024, 1, day))
            .Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && d.Day != 15)
            .SelectMany(d => new[] { (d.ToDateTime(new TimeOnly(15, 50)), "AAA"), (d.ToDateTime(new TimeOnly(15, 50)), "BBB") })
            .ToArray();
        Assert.Equal(expected, algorithm.Calls);
    }

    [Fact]
    public void Run_OverrideInheritedFromABaseClass_IsStillCalled()
    {
        var (frame, calendar) = BacktestEngineTests.RandomWalkFrame();
        var direct = new EndOfDayRecorder();
        var inherited = new InheritedEndOfDayRecorder();

        new BacktestEngine(frame, calendar).Run(direct);
        new BacktestEngine(frame, calendar).Run(inherited);

        Assert.Equal(44, direct.Calls.Count);
        Assert.Equal(direct.Calls, inherited.Calls);
    }

    [Fact]
    public void Run_WithoutOverride_GivesTheSameResultAsWithAnEmptyOverride()
    {
        var (frame, calendar) = BacktestEngineTests.RandomWalkFrame();

        var without = new BacktestEngine(frame, calendar).Run(new Rotating());
        var with = new BacktestEngine(frame, calendar).Run(new RotatingWithEmptyEndOfDay());

        Assert.True(without.Orders.Count > 5);
        Assert.Equal(with.Orders, without.Orders);
        Assert.Equal(with.OrderEvents, without.OrderEvents);
        Assert.Equal(with.Equity, without.Equity);
        Assert.Equal(with.Performance, without.Performance);
        Assert.Equal(with.Benchmark, without.Benchmark);
        Assert.Equal(with.PortfolioTurnover, without.PortfolioTurnover);
        Assert.Equal(with.EstimatedCapacity, without.EstimatedCapacity);
        Assert.Equal(with.DataPoints, without.DataPoints);
    }

    [Fact]
    public void OverridesOnEndOfDay_TellsOverridingClassesFromOthers()
    {
        Assert.False(new Rotating().OverridesOnEndOfDay);
        Assert.True(new RotatingWithEmptyEndOfDay().OverridesOnEndOfDay);
        Assert.True(new InheritedEndOfDayRecorder().OverridesOnEndOfDay);
    }

    /// <summary>The engine tests' rotating algorithm: many orders, so fills, fees and samples all matter.</summary>
    private class Rotating : QCAlgorithm
    {
        public override void Initialize()
        {
            SetStartDate(2024, 1, 1);
            SetEndDate(2024, 1, 31);
            AddEquity("AAA");
            AddEquity("BBB");
        }

        public override void OnData(Slice slice)
        {
            var higher = slice.Bars[Symbol.Create("AAA")].Close > slice.Bars[Symbol.Create("BBB")].Close;
            var pick = higher ^ (slice.Time.Day % 2 == 0) ? "AAA" : "BBB";
            SetHoldings(Symbol.Create(pick), 0.9, liquidateExistingHoldings: true);
        }
    }

    private sealed class RotatingWithEmptyEndOfDay : Rotating
    {
        public override void OnEndOfDay(Symbol symbol)
        {
        }
    }

    private class EndOfDayRecorder : Rotating
    {
        public List<(DateTime Time, string Ticker)> Calls { get; } = [];

        public override void OnEndOfDay(Symbol symbol) => Calls.Add((Time, symbol.Value));
    }

    private sealed class InheritedEndOfDayRecorder : EndOfDayRecorder;
}
