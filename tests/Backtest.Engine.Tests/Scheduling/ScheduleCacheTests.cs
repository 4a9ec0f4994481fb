using Backtest.Data.Calendar;
using Backtest.Data.Frames;
using Backtest.Engine.Backtesting;
using Backtest.Engine.Scheduling;
using Backtest.Engine.Tests.Support;

namespace Backtest.Engine.Tests.Scheduling;

/// <summary>Firing times shared by the runs of a sweep must give exactly what each run computes on its own.</summary>
public sealed class ScheduleCacheTests
{
    // Two months with a holiday on Monday 15 January and weekends, so trading-day and calendar-day rules differ.
    private static readonly TradingCalendar Calendar = FrameBuilder.Calendar(new DateOnly(2024, 1, 15));
    private static readonly BarFrame Frame = FrameBuilder.Frame(
        FrameBuilder.Columns("XYZ", FrameBuilder.Daily(Calendar, new DateOnly(2024, 1, 2), new DateOnly(2024, 2, 29)), i => (100 + i, 101 + i, 99 + i, 100.5 + i)));

    [Fact]
    public void Run_SharedCache_FiresAtTheSameTimesAndGivesTheSameResultAsWithout()
    {
        var (alone, aloneTimes) = Run(null);
        var cache = new ScheduleCache(Calendar);

        var (first, firstTimes) = Run(cache);
        var entries = cache.Count;
        var (second, secondTimes) = Run(cache);

        // Independent expectation for one rule: MonthStart(XYZ) at 10:00:15 fires on the first trading day of each
        // month in the run: not on 2 January (this calendar trades on 1 January, before the start), on 1 February.
        Assert.DoesNotContain(new DateTime(2024, 1, 2, 10, 0, 15), aloneTimes);
        Assert.Contains(new DateTime(2024, 2, 1, 10, 0, 15), aloneTimes);
        Assert.Equal(aloneTimes, firstTimes);
        Assert.Equal(aloneTimes, secondTimes);
        Assert.Equal(alone.OrderHash, first.OrderHash);
        Assert.Equal(alone.OrderHash, second.OrderHash);
        Assert.Equal(alone.EndEquity, second.EndEquity);
        // Four user events plus the engine's Daily Sampling (no EndOfDay: the algorithm does not override OnEndOfDay);
        // the second run adds nothing.
        Assert.Equal(5, entries);
        Assert.Equal(entries, cache.Count);
    }

    [Fact]
    public void At_SameMinuteDifferentSeconds_AreDistinctEntries()
    {
        var cache = new ScheduleCache(Calendar);

        var (_, times) = Run(cache);

        Assert.Contains(new DateTime(2024, 1, 3, 12, 30, 0), times);
        Assert.Contains(new DateTime(2024, 1, 3, 12, 30, 45), times);
    }

    [Fact]
    public void Run_CacheOfAnotherCalendar_IsIgnored()
    {
        var other = new ScheduleCache(FrameBuilder.Calendar());

        var (result, times) = Run(other);

        Assert.Equal(0, other.Count);
        Assert.Equal(Run(null).Times, times);
        Assert.Equal(Run(null).Result.OrderHash, result.OrderHash);
    }

    /// <summary>Buys on each month start and sells before the close on the 3rd of January; records every firing.</summary>
    private static (BacktestResult Result, List<DateTime> Times) Run(ScheduleCache? cache)
    {
        var times = new List<DateTime>();
        var algorithm = new ScriptedAlgorithm(a =>
        {
            a.SetStartDate(2024, 1, 2);
            a.SetEndDate(2024, 2, 29);
            var s = a.AddEquity("XYZ").Symbol;
            a.Schedule.On(a.DateRules.MonthStart(s), a.TimeRules.At(10, 0, 15), () => { times.Add(a.Time); a.MarketOrder(s, 10); });
            a.Schedule.On(a.DateRules.On(2024, 1, 3), a.TimeRules.BeforeMarketClose(s, 30), () => { times.Add(a.Time); a.MarketOrder(s, -5); });
            a.Schedule.On(a.DateRules.EveryDay(s), a.TimeRules.At(12, 30), () => times.Add(a.Time));
            a.Schedule.On(a.DateRules.EveryDay(s), a.TimeRules.At(12, 30, 45), () => times.Add(a.Time));
        });
        var result = new BacktestEngine(Frame, Calendar, new BacktestOptions { ScheduleCache = cache }).Run(algorithm);
        return (result, times);
    }
}
