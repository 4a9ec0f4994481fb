using Backtest.Data.Errors;
using Backtest.Data.Lean;
using Backtest.Data.Model;
using Backtest.Testing;

namespace Backtest.Data.Tests.Lean;

public sealed class LeanZipReaderTests
{
    [Fact]
    public void ReadTradeBars_Daily_ScalesDeciCentsAndUsesSessionTimes()
    {
        using var temp = new TempFolder();
        var zip = ZipFixture.Write(temp.File("spy.zip"), "spy.csv",
            "20131127 00:00,1810000,1815000,1805000,1812500,1000\n20131129 00:00,1814000,1816000,1809000,1811500,500\n");

        var file = LeanZipReader.ReadTradeBars(zip, Resolution.Daily, ZipFixture.Calendar());

        Assert.Equal("spy.csv", file.EntryName);
        Assert.Equal(2, file.Bars.Count);
        // 1812500 deci-cents / 10,000 = 181.25 dollars (README: prices x 10,000).
        Assert.Equal(181.25, file.Bars[0].Close);
        Assert.Equal(1000, file.Bars[0].Volume);
        Assert.Equal(new DateTime(2013, 11, 27, 9, 30, 0), file.Bars[0].Time);
        Assert.Equal(new DateTime(2013, 11, 27, 16, 0, 0), file.Bars[0].EndTime);
        Assert.Equal(new DateTime(2013, 11, 29, 13, 0, 0), file.Bars[1].EndTime);
    }

    [Fact]
    public void ReadTradeBars_Hour_EndsOneHourAfterStart()
    {
        using var temp = new TempFolder();
        var zip = ZipFixture.Write(temp.File("spy.zip"), "spy.csv", "20131127 09:00,1810000,1815000,1805000,1812500,10\n20131127 10:00,1812500,1815000,1810000,1814000,20\n");

        var file = LeanZipReader.ReadTradeBars(zip, Resolution.Hour, ZipFixture.Calendar());

        Assert.Equal(new DateTime(2013, 11, 27, 9, 0, 0), file.Bars[0].Time);
        Assert.Equal(new DateTime(2013, 11, 27, 10, 0, 0), file.Bars[0].EndTime);
        Assert.Equal(181.4, file.Bars[1].Close, 12);
    }

    [Fact]
    public void ReadTradeBars_SeveralEntries_ReadsTheFirst()
    {
        using var temp = new TempFolder();
        var path = temp.File("tapa.zip");
        using (var archive = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Create))
        {
            using (var w = new StreamWriter(archive.CreateEntry("tapa/tapa.csv").Open()))
            {
                w.Write("20131127 10:00,10000,20000,10000,15000,5\n");
            }

            using (var w = new StreamWriter(archive.CreateEntry("other.csv").Open()))
            {
                w.Write("garbage\n");
            }
        }

        var file = LeanZipReader.ReadTradeBars(path, Resolution.Hour, ZipFixture.Calendar());

        Assert.Equal("tapa/tapa.csv", file.EntryName);
        Assert.Equal(1.5, file.Bars[0].Close);
    }

    [Fact]
    public void ReadTradeBars_DailyBarOnHoliday_Throws()
    {
        using var temp = new TempFolder();
        var zip = ZipFixture.Write(temp.File("spy.zip"), "spy.csv", "20131128 00:00,1810000,1815000,1805000,1812500,1000\n");

        var e = Assert.Throws<DataException>(() => LeanZipReader.ReadTradeBars(zip, Resolution.Daily, ZipFixture.Calendar()));

        Assert.Equal(1, e.Line);
        Assert.Contains("not a trading day", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadTradeBars_BadPrice_NamesEntryLineAndColumn()
    {
        using var temp = new TempFolder();
        var zip = ZipFixture.Write(temp.File("spy.zip"), "spy.csv", "20131127 00:00,1810000,1815000,1805000,1812500,1000\n20131129 00:00,18x,1816000,1809000,1811500,500\n");

        var e = Assert.Throws<DataException>(() => LeanZipReader.ReadTradeBars(zip, Resolution.Daily, ZipFixture.Calendar()));

        Assert.EndsWith("spy.zip!spy.csv", e.File, StringComparison.Ordinal);
        Assert.Equal(2, e.Line);
        Assert.Equal("open", e.Column);
        Assert.Equal("18x", e.RawText);
    }

    [Fact]
    public void ReadTradeBars_NotAZip_Throws()
    {
        using var temp = new TempFolder();
        var path = temp.Write("spy.zip", "not a zip");

        var e = Assert.Throws<DataException>(() => LeanZipReader.ReadTradeBars(path, Resolution.Daily, ZipFixture.Calendar()));

        Assert.Contains("cannot open as a zip", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadMinuteTrades_MillisecondsSinceMidnight_BecomeMinuteBars()
    {
        using var temp = new TempFolder();
        // 34,200,000 ms = 09:30; 14,400,000 ms = 04:00 (pre-market, kept).
        var zip = ZipFixture.Write(temp.File("20131007_trade.zip"), "20131007_spy_minute_trade.csv",
            "14400000,1690000,1690000,1690000,1690000,100\n34200000,1694000,1695000,1693000,1694500,2500\n");

        var file = LeanZipReader.ReadMinuteTrades(zip, new DateOnly(2013, 10, 7));

        Assert.Equal(new DateTime(2013, 10, 7, 4, 0, 0), file.Bars[0].Time);
        Assert.Equal(new DateTime(2013, 10, 7, 9, 31, 0), file.Bars[1].EndTime);
        Assert.Equal(169.45, file.Bars[1].Close, 12);
        Assert.Equal(2500, file.Bars[1].Volume);
    }

    [Fact]
    public void ReadMinuteQuotes_ParsesBothSides()
    {
        using var temp = new TempFolder();
        var zip = ZipFixture.Write(temp.File("20131007_quote.zip"), "20131007_spy_minute_quote.csv",
            "34200000,1693000,1694000,1692000,1693500,300,1694000,1695000,1693000,1694500,400\n34260000,,,,,0,1694000,1695000,1693000,1694500,100\n");

        var quotes = LeanZipReader.ReadMinuteQuotes(zip, new DateOnly(2013, 10, 7));

        Assert.Equal(2, quotes.Count);
        Assert.Equal(169.35, quotes[0].BidClose, 12);
        Assert.Equal(300, quotes[0].BidSize);
        Assert.Equal(169.45, quotes[0].AskClose, 12);
        Assert.Equal(400, quotes[0].AskSize);
        Assert.Equal(0, quotes[1].BidClose);
        Assert.Equal(new DateTime(2013, 10, 7, 9, 32, 0), quotes[1].EndTime);
    }

    [Fact]
    public void ReadMinuteQuotes_ShortRow_Throws()
    {
        using var temp = new TempFolder();
        var zip = ZipFixture.Write(temp.File("q.zip"), "q.csv", "34200000,1693000,1694000\n");

        var e = Assert.Throws<DataException>(() => LeanZipReader.ReadMinuteQuotes(zip, new DateOnly(2013, 10, 7)));

        Assert.Equal(1, e.Line);
        Assert.Contains("expected 11", e.Message, StringComparison.Ordinal);
    }
}
