using Backtest.Data.Calendar;

namespace Backtest.Data.Tests.Calendar;

public sealed class TradingCalendarTests
{
    // Holidays, early closes and late opens at the edges of the calendar's own range and beyond it, so a lookup that
    // confuses the first or last member, a day-number offset or a word boundary of its day table shows up.
    private static readonly DateOnly[] HolidayDates = [new(2000, 1, 3), new(2000, 3, 6), new(2000, 5, 1), new(2000, 5, 2), new(2001, 12, 31)];

    private static readonly Dictionary<DateOnly, TimeOnly> EarlyCloseDates = new()
    {
        [new(2000, 1, 4)] = new(13, 0),
        [new(2000, 11, 24)] = new(13, 0),
    };

    private static readonly Dictionary<DateOnly, TimeOnly> LateOpenDates = new() { [new(2001, 9, 17)] = new(10, 30) };

    [Fact]
    public void Lookups_EveryDayFrom1999To2002_AgreeWithTheCalendarsOwnSets()
    {
        var calendar = new TradingCalendar(HolidayDates, EarlyCloseDates, new TimeOnly(9, 30), new TimeOnly(16, 0), LateOpenDates);
        for (var day = new DateOnly(1999, 1, 1); day <= new DateOnly(2002, 12, 31); day = day.AddDays(1))
        {
            var weekday = day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
            Assert.Equal(weekday && !HolidayDates.Contains(day), calendar.IsTradingDay(day));
            Assert.Equal(EarlyCloseDates.TryGetValue(day, out var close) ? close : new TimeOnly(16, 0), calendar.CloseOn(day));
            Assert.Equal(LateOpenDates.TryGetValue(day, out var open) ? open : new TimeOnly(9, 30), calendar.OpenOn(day));
        }
    }

    [Fact]
    public void Lookups_NoHolidaysOrSpecialSessions_EveryWeekdayTradesFullHours()
    {
        var calendar = new TradingCalendar([], new Dictionary<DateOnly, TimeOnly>(), new TimeOnly(9, 30), new TimeOnly(16, 0));
        for (var day = new DateOnly(2020, 1, 1); day <= new DateOnly(2020, 12, 31); day = day.AddDays(1))
        {
            Assert.Equal(day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), calendar.IsTradingDay(day));
            Assert.Equal(new TimeOnly(16, 0), calendar.CloseOn(day));
            Assert.Equal(new TimeOnly(9, 30), calendar.OpenOn(day));
        }
    }
}
