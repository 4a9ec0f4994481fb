using System.Globalization;
using System.Text.Json;
using Backtest.Data.Calendar;
using Backtest.Testing;

namespace Backtest.Data.Tests.Calendar;

public sealed class MarketHoursDatabaseWriterTests
{
    [Fact]
    public void Write_RuleCalendar_ParsesBackToSameHolidaysAndEarlyCloses()
    {
        using var folder = new TempFolder();
        var calendar = UsEquityCalendarRules.Build(2000, 2025);
        var path = folder.File("mhdb.json");
        MarketHoursDatabaseWriter.Write(path, calendar);

        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var entry = doc.RootElement.GetProperty("entries").GetProperty("Equity-usa-[*]");
        var holidays = entry.GetProperty("holidays").EnumerateArray().Select(e => DateOnly.ParseExact(e.GetString()!, "M/d/yyyy", CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(calendar.Holidays.Order(), holidays);
        var early = entry.GetProperty("earlyCloses").EnumerateObject().ToDictionary(p => DateOnly.ParseExact(p.Name, "M/d/yyyy", CultureInfo.InvariantCulture), p => p.Value.GetString());
        Assert.Equal(calendar.EarlyCloses.Count, early.Count);
        Assert.Equal("13:00:00", early[new DateOnly(2024, 7, 3)]);
        var market = entry.GetProperty("monday").EnumerateArray().Single(s => s.GetProperty("state").GetString() == "market");
        Assert.Equal("09:30:00", market.GetProperty("start").GetString());
        Assert.Equal("16:00:00", market.GetProperty("end").GetString());
        Assert.Empty(entry.GetProperty("saturday").EnumerateArray());
        Assert.DoesNotContain('\r', File.ReadAllText(path));
    }

    [Fact]
    public void Write_Entry_HasLeanKeysAndSegments()
    {
        var lean = SharedData.LeanDataFolder;
        if (lean is null)
        {
            Assert.Skip(SharedData.MissingReason);
        }

        using var folder = new TempFolder();
        var path = folder.File("mhdb.json");
        MarketHoursDatabaseWriter.Write(path, UsEquityCalendarRules.Build(2000, 2001));

        using var ours = JsonDocument.Parse(File.ReadAllText(path));
        using var theirs = JsonDocument.Parse(File.ReadAllText(Path.Combine(lean, "market-hours", "market-hours-database.json")));
        var a = ours.RootElement.GetProperty("entries").GetProperty("Equity-usa-[*]");
        var b = theirs.RootElement.GetProperty("entries").GetProperty("Equity-usa-[*]");
        var theirKeys = b.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        Assert.Subset(a.EnumerateObject().Select(p => p.Name).Where(k => k != "lateOpens").ToHashSet(StringComparer.Ordinal), theirKeys);
        foreach (var day in new[] { "monday", "friday", "sunday" })
        {
            Assert.Equal(b.GetProperty(day).GetRawText().Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal),
                a.GetProperty(day).GetRawText().Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));
        }
    }
}
