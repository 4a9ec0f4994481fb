using Backtest.Data.Calendar;
using Backtest.Data.Model;

namespace Backtest.Engine.Scheduling;

/// <summary>
/// LEAN's date rules. Without a symbol they use calendar days (EveryDay = every calendar day incl. weekends, WeekStart =
/// Mondays, MonthStart = the 1st, MonthEnd = the last calendar day); with a symbol they use its exchange's trading days.
/// </summary>
public sealed class DateRules
{
    private readonly TradingCalendar _calendar;

    internal DateRules(TradingCalendar calendar) => _calendar = calendar;

    public DateRule EveryDay() => new("EveryDay", Days);

    public DateRule EveryDay(Symbol symbol) => new($"EveryDay({symbol})", (a, b) => _calendar.TradingDays(a, b));

    public DateRule WeekStart() => new("WeekStart", (a, b) => Days(a, b).Where(d => d.DayOfWeek == DayOfWeek.Monday));

    /// <summary>The first trading day of each week.</summary>
    public DateRule WeekStart(Symbol symbol) => new($"WeekStart({symbol})", (a, b) => FirstOfGroups(a, b, WeekKey));

    public DateRule MonthStart() => new("MonthStart", (a, b) => Days(a, b).Where(d => d.Day == 1));

    /// <summary>The first trading day of each month.</summary>
    public DateRule MonthStart(Symbol symbol) => new($"MonthStart({symbol})", (a, b) => FirstOfGroups(a, b, MonthKey));

    public DateRule MonthEnd() => new("MonthEnd", (a, b) => Days(a, b).Where(d => d.AddDays(1).Day == 1));

    /// <summary>The last trading day of each month (by the calendar, also when the range ends mid-month).</summary>
    public DateRule MonthEnd(Symbol symbol) =>
        new($"MonthEnd({symbol})", (a, b) => _calendar.TradingDays(a, b).Where(d => _calendar.NextTradingDay(d).Month != d.Month));

    public DateRule On(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);
        return new($"On({date:yyyy-MM-dd})", (a, b) => date >= a && date <= b ? [date] : []);
    }

    private static int WeekKey(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7)).DayNumber;

    private static int MonthKey(DateOnly d) => (d.Year * 12) + d.Month;

    private static IEnumerable<DateOnly> Days(DateOnly first, DateOnly last)
    {
        for (var d = first; d <= last; d = d.AddDays(1))
        {
            yield return d;
        }
    }

    private IEnumerable<DateOnly> FirstOfGroups(DateOnly first, DateOnly last, Func<DateOnly, int> key)
    {
        var previous = int.MinValue;
        // Start the scan a month early so a range starting mid-group does not fire on its first day.
        foreach (var d in _calendar.TradingDays(first.AddMonths(-1), last))
        {
            var k = key(d);
            if (k != previous && d >= first)
            {
                yield return d;
            }

            previous = k;
        }
    }
}
