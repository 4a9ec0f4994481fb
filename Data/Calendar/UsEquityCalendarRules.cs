namespace Backtest.Data.Calendar;

/// <summary>
/// NYSE holidays and 13:00 early closes derived from the exchange's rules, for any year range, so that
/// the embedded (synthetic) data set and the scaling generator need no calendar file. Checked against
/// LEAN's market-hours-database.json for 1998-2025 (tests/Backtest.Data.Tests/Calendar).
/// Only weekday closures are produced: a holiday falling on a weekend is either observed on a weekday
/// (Saturday -> Friday, Sunday -> Monday) or, for New Year's Day on a Saturday, not observed at all (NYSE Rule 7.2).
/// </summary>
public static class UsEquityCalendarRules
{
    private static readonly TimeOnly EarlyClose = new(13, 0);

    // Unscheduled closures (national days of mourning, 9/11, Hurricane Sandy).
    private static readonly DateOnly[] SpecialClosures =
    [
        new(1994, 4, 27), new(2001, 9, 11), new(2001, 9, 12), new(2001, 9, 13), new(2001, 9, 14),
        new(2004, 6, 11), new(2007, 1, 2), new(2012, 10, 29), new(2012, 10, 30), new(2018, 12, 5),
        new(2025, 1, 9),
    ];

    /// <summary>Builds the calendar for <paramref name="firstYear"/>..<paramref name="lastYear"/> inclusive (09:30-16:00 session).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range is empty or outside 1900..9998.</exception>
    public static TradingCalendar Build(int firstYear, int lastYear)
    {
        if (firstYear < 1900 || lastYear > 9998 || lastYear < firstYear)
        {
            throw new ArgumentOutOfRangeException(nameof(lastYear), $"Year range {firstYear}..{lastYear} must be non-empty and within 1900..9998.");
        }

        var holidays = new List<DateOnly>();
        var early = new Dictionary<DateOnly, TimeOnly>();
        for (var year = firstYear; year <= lastYear; year++)
        {
            AddHolidays(year, holidays);
            AddEarlyCloses(year, early);
        }

        foreach (var d in SpecialClosures)
        {
            if (d.Year >= firstYear && d.Year <= lastYear)
            {
                holidays.Add(d);
            }
        }

        // A closure always wins over an early close on the same day.
        foreach (var d in holidays)
        {
            early.Remove(d);
        }

        return new TradingCalendar(holidays, early, new TimeOnly(9, 30), new TimeOnly(16, 0));
    }

    /// <summary>Gregorian Easter Sunday (anonymous Gregorian computus, Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static void AddHolidays(int year, List<DateOnly> into)
    {
        var newYear = new DateOnly(year, 1, 1);
        if (newYear.DayOfWeek == DayOfWeek.Sunday)
        {
            into.Add(newYear.AddDays(1));
        }
        else if (newYear.DayOfWeek != DayOfWeek.Saturday)
        {
            into.Add(newYear);
        }

        if (year >= 1998)
        {
            into.Add(NthWeekday(year, 1, DayOfWeek.Monday, 3));
        }

        into.Add(NthWeekday(year, 2, DayOfWeek.Monday, 3));
        into.Add(EasterSunday(year).AddDays(-2));
        into.Add(LastWeekday(year, 5, DayOfWeek.Monday));
        if (year >= 2022)
        {
            into.Add(Observed(new DateOnly(year, 6, 19)));
        }

        into.Add(Observed(new DateOnly(year, 7, 4)));
        into.Add(NthWeekday(year, 9, DayOfWeek.Monday, 1));
        into.Add(NthWeekday(year, 11, DayOfWeek.Thursday, 4));
        into.Add(Observed(new DateOnly(year, 12, 25)));
    }

    private static void AddEarlyCloses(int year, Dictionary<DateOnly, TimeOnly> into)
    {
        // July 3rd closes early when Independence Day falls Tuesday..Friday; in 2002 (a Thursday
        // holiday) the NYSE shortened Friday July 5th instead of Wednesday July 3rd.
        var july3 = new DateOnly(year, 7, 3);
        if (year == 2002)
        {
            into[new DateOnly(2002, 7, 5)] = EarlyClose;
        }
        else if (july3.DayOfWeek is >= DayOfWeek.Monday and <= DayOfWeek.Thursday)
        {
            into[july3] = EarlyClose;
        }

        into[NthWeekday(year, 11, DayOfWeek.Thursday, 4).AddDays(1)] = EarlyClose;

        var christmasEve = new DateOnly(year, 12, 24);
        if (christmasEve.DayOfWeek is >= DayOfWeek.Monday and <= DayOfWeek.Thursday)
        {
            into[christmasEve] = EarlyClose;
        }

        if (year == 2003)
        {
            // Friday after Christmas 2003 was shortened as well.
            into[new DateOnly(2003, 12, 26)] = EarlyClose;
        }
    }

    private static DateOnly Observed(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(-1),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };

    private static DateOnly NthWeekday(int year, int month, DayOfWeek day, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)day - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + (7 * (n - 1)));
    }

    private static DateOnly LastWeekday(int year, int month, DayOfWeek day)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        var offset = ((int)last.DayOfWeek - (int)day + 7) % 7;
        return last.AddDays(-offset);
    }
}
