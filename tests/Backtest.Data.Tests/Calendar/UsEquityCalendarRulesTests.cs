using System.Globalization;
using System.Text.Json;
using Backtest.Data.Calendar;
using Backtest.Testing;

namespace Backtest.Data.Tests.Calendar;

public sealed class UsEquityCalendarRulesTests
{
    // LEAN's market-hours-database.json lists no early close before 1999; the rules apply the standing NYSE practice
    // (13:00 close the day after Thanksgiving and on a weekday Christmas Eve) to 1998 as well. Not checked here
    // against an NYSE notice for 1998: if LEAN is right, these two dates are the rules' only difference.
    private static readonly DateOnly[] EarlyClosesMissingFromLean = [new(1998, 11, 27), new(1998, 12, 24)];

    [Fact]
    public void Build_1998To2025_HolidaysEqualLeanWeekdayHolidays()
    {
        var lean = LeanEntry();
        var expected = lean.GetProperty("holidays").EnumerateArray()
            .Select(e => ParseDate(e.GetString()!))
            .Where(d => d.Year is >= 1998 and <= 2025 && d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            .Order().ToList();

        var actual = UsEquityCalendarRules.Build(1998, 2025).Holidays.Order().ToList();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Build_1998To2025_EarlyClosesEqualLeanWeekdayEarlyCloses()
    {
        var lean = LeanEntry();
        var expected = lean.GetProperty("earlyCloses").EnumerateObject()
            .Select(p => (Date: ParseDate(p.Name), Time: TimeOnly.ParseExact(p.Value.GetString()!, "HH:mm:ss", CultureInfo.InvariantCulture)))
            .Where(p => p.Date.Year is >= 1998 and <= 2025 && p.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            .Concat(EarlyClosesMissingFromLean.Select(d => (Date: d, Time: new TimeOnly(13, 0))))
            .OrderBy(p => p.Date).ToList();

        var actual = UsEquityCalendarRules.Build(1998, 2025).EarlyCloses.Select(p => (Date: p.Key, Time: p.Value)).OrderBy(p => p.Date).ToList();

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(2000, 4, 23)] // Easter dates from the US Naval Observatory table
    [InlineData(2008, 3, 23)]
    [InlineData(2011, 4, 24)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2038, 4, 25)]
    public void EasterSunday_KnownYears_MatchesTable(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), UsEquityCalendarRules.EasterSunday(year));

    [Fact]
    public void Build_NewYearOnSaturday_NotObservedOnFriday()
    {
        // 2022-01-01 was a Saturday: NYSE stayed open on Friday 2021-12-31.
        var calendar = UsEquityCalendarRules.Build(2021, 2022);
        Assert.True(calendar.IsTradingDay(new DateOnly(2021, 12, 31)));
        Assert.False(calendar.IsTradingDay(new DateOnly(2021, 12, 24))); // Christmas (Saturday) observed Friday
    }

    [Fact]
    public void Build_Juneteenth_OnlyFrom2022()
    {
        var calendar = UsEquityCalendarRules.Build(2021, 2027);
        Assert.True(calendar.IsTradingDay(new DateOnly(2021, 6, 18)));
        Assert.False(calendar.IsTradingDay(new DateOnly(2022, 6, 20))); // Sunday the 19th -> Monday
        Assert.False(calendar.IsTradingDay(new DateOnly(2027, 6, 18))); // Saturday the 19th -> Friday
    }

    [Fact]
    public void Build_EmptyRange_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => UsEquityCalendarRules.Build(2020, 2019));

    private static JsonElement LeanEntry()
    {
        var folder = SharedData.LeanDataFolder;
        if (folder is null)
        {
            Assert.Skip(SharedData.MissingReason);
        }

        var json = File.ReadAllText(Path.Combine(folder, "market-hours", "market-hours-database.json"));
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return doc.RootElement.GetProperty("entries").GetProperty("Equity-usa-[*]").Clone();
    }

    private static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "M/d/yyyy", CultureInfo.InvariantCulture);
}
