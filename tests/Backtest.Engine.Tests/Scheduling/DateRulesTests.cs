using Backtest.Data.Model;
using Backtest.Engine.Scheduling;
using Backtest.Engine.Tests.Support;

namespace Backtest.Engine.Tests.Scheduling;

public sealed class DateRulesTests
{
    // January 2024: Mon 1 is a holiday here, Mon 15 too; the month ends on Wed 31.
    private readonly DateRules _rules = new(FrameBuilder.Calendar(new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 15)));
    private readonly TimeRules _times = new(FrameBuilder.Calendar(new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 15)));
    private readonly Symbol _spy = Symbol.Create("SPY");
    private readonly DateOnly _first = new(2024, 1, 1);
    private readonly DateOnly _last = new(2024, 2, 29);

    [Fact]
    public void EveryDay_WithoutSymbol_IncludesWeekendsAndHolidays() =>
        Assert.Equal(60, _rules.EveryDay().GetDates(_first, _last).Count());

    [Fact]
    public void EveryDay_WithSymbol_OnlyTradingDays() =>
        Assert.DoesNotContain(_rules.EveryDay(_spy).GetDates(_first, _last), d => d.DayOfWeek == DayOfWeek.Saturday || d == new DateOnly(2024, 1, 15));

    [Fact]
    public void WeekStart_WithSymbol_SkipsHolidayMonday()
    {
        var dates = _rules.WeekStart(_spy).GetDates(_first, new DateOnly(2024, 1, 21)).ToArray();
        Assert.Equal([new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 8), new DateOnly(2024, 1, 16)], dates);
    }

    [Fact]
    public void MonthStartAndEnd_WithSymbol_UseTradingDays()
    {
        Assert.Equal([new DateOnly(2024, 1, 2), new DateOnly(2024, 2, 1)], _rules.MonthStart(_spy).GetDates(_first, _last));
        Assert.Equal([new DateOnly(2024, 1, 31), new DateOnly(2024, 2, 29)], _rules.MonthEnd(_spy).GetDates(_first, _last));
    }

    [Fact]
    public void MonthStart_RangeStartingMidMonth_DoesNotFireOnFirstDay() =>
        Assert.Equal([new DateOnly(2024, 2, 1)], _rules.MonthStart(_spy).GetDates(new DateOnly(2024, 1, 10), _last));

    [Fact]
    public void MarketRelativeTimes_FollowTheSessionAndSkipClosedDays()
    {
        Assert.Equal(new DateTime(2024, 1, 2, 9, 40, 0), _times.AfterMarketOpen(_spy, 10).GetTime(new DateOnly(2024, 1, 2)));
        Assert.Equal(new DateTime(2024, 1, 2, 15, 45, 0), _times.BeforeMarketClose(_spy, 15).GetTime(new DateOnly(2024, 1, 2)));
        Assert.Null(_times.AfterMarketOpen(_spy, 10).GetTime(new DateOnly(2024, 1, 6)));
        Assert.Equal(new DateTime(2024, 1, 6), _times.Midnight.GetTime(new DateOnly(2024, 1, 6)));
    }
}
