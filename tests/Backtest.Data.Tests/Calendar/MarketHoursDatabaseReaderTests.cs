using Backtest.Data.Calendar;
using Backtest.Data.Errors;
using Backtest.Testing;

namespace Backtest.Data.Tests.Calendar;

public sealed class MarketHoursDatabaseReaderTests
{
    private const string Json = """
        { "entries": { "Equity-usa-[*]": {
            "dataTimeZone": "America/New_York",
            "monday": [ { "start": "04:00:00", "end": "09:30:00", "state": "premarket" },
                        { "start": "09:30:00", "end": "16:00:00", "state": "market" } ],
            "holidays": [ "1/1/1998", "11/28/2013" ],
            "earlyCloses": { "11/29/2013": "13:00:00" },
            "lateOpens": { "9/12/2001": "11:00:00" } } } }
        """;

    [Fact]
    public void Read_UsEquityEntry_BuildsCalendar()
    {
        using var temp = new TempFolder();
        var path = temp.Write("mhdb.json", Json);

        var calendar = MarketHoursDatabaseReader.Read(path);

        Assert.Equal(new TimeOnly(9, 30), calendar.MarketOpen);
        Assert.Equal(new TimeOnly(16, 0), calendar.MarketClose);
        Assert.False(calendar.IsTradingDay(new DateOnly(2013, 11, 28)));
        Assert.Equal(new TimeOnly(13, 0), calendar.CloseOn(new DateOnly(2013, 11, 29)));
        Assert.Equal(new TimeOnly(11, 0), calendar.OpenOn(new DateOnly(2001, 9, 12)));
    }

    [Fact]
    public void Read_MissingEntry_Throws()
    {
        using var temp = new TempFolder();
        var path = temp.Write("mhdb.json", """{ "entries": {} }""");

        var e = Assert.Throws<DataException>(() => MarketHoursDatabaseReader.Read(path));

        Assert.Contains("Equity-usa-[*]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RealLeanFile_Has293HolidaysAnd65EarlyCloses()
    {
        var folder = SharedData.LeanDataFolder;
        if (folder is null)
        {
            Assert.Skip(SharedData.MissingReason);
        }

        var calendar = MarketHoursDatabaseReader.Read(Path.Combine(folder, "market-hours", "market-hours-database.json"));

        // Counts from shared/data/lean/README.md.
        Assert.Equal(293, calendar.Holidays.Count);
        Assert.Equal(65, calendar.EarlyCloses.Count);
        Assert.Equal(new TimeOnly(13, 0), calendar.CloseOn(new DateOnly(2013, 11, 29)));
    }
}
