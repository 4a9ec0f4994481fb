using Backtest.Data.Calendar;
using Backtest.Data.Errors;
using Backtest.Data.Frames;
using Backtest.Data.Loading;
using Backtest.Data.Model;
using Backtest.Data.Tests.Lean;
using Backtest.Testing;

namespace Backtest.Data.Tests.Loading;

public sealed class FrameLoaderTests
{
    private static readonly TradingCalendar Calendar = ZipFixture.Calendar();

    // Trading days 2013-11-25..2013-12-03 of the fixture calendar: 25 26 27 (28 holiday) 29(early) 2 3.
    private static readonly DateOnly First = new(2013, 11, 25);
    private static readonly DateOnly Last = new(2013, 12, 3);

    [Fact]
    public void FromLean_MapFileSwitch_ReadsEachTickersZipAndMarksAbsentFileMissing()
    {
        using var temp = new TempFolder();
        var usa = Path.Combine(temp.Path, "equity", "usa");
        // "abc" traded as "abcd" on 11-27 and 11-29 (no abcd.zip), delisted after 12-02.
        temp.Write("equity/usa/map_files/abc.csv", "20131126,abc\n20131129,abcd\n20131202,abc\n");
        temp.Write("equity/usa/factor_files/abc.csv", "20131126,0.5,1,10\n20501231,1,1,0\n");
        ZipFixture.Write(Path.Combine(usa, "daily", "abc.zip"), "abc.csv",
            "20131125 00:00,100000,110000,90000,100000,5\n20131126 00:00,100000,110000,90000,105000,6\n20131202 00:00,100000,120000,90000,110000,7\n20131203 00:00,100000,120000,90000,110000,8\n");

        var frame = FrameLoader.FromLean(temp.Path, ["ABC"], Resolution.Daily, First, Last, Calendar);

        Assert.True(frame.TryGet(Symbol.Create("abc"), out var c));
        // The map file's first date is 11-26, so 11-25 is before listing; abcd.zip is absent for 11-27..11-29.
        Assert.Equal(
            [BarPresence.BeforeListing, BarPresence.Present, BarPresence.Missing, BarPresence.Missing, BarPresence.Present, BarPresence.AfterDelisting],
            c.Presence);
        Assert.Equal(10.5, c.Close[1]);
        Assert.True(double.IsNaN(c.Close[2]));
        Assert.Equal(new DateTime(2013, 11, 29, 13, 0, 0), frame.Index.EndTimes[3]);
        Assert.True(c.Source.PricesAreRaw);
        // Adjusted scale: price factor 0.5 up to 11-26, then 1 (smallest factor row date >= D).
        Assert.Equal(0.5, c.PriceScale(DataNormalizationMode.Adjusted)[1]);
        Assert.Equal(1.0, c.PriceScale(DataNormalizationMode.Adjusted)[4]);
        Assert.Equal(64, frame.Fingerprint.Length);
    }

    [Fact]
    public void FromLean_NoMapFile_EdgesFromBars()
    {
        using var temp = new TempFolder();
        ZipFixture.Write(Path.Combine(temp.Path, "equity", "usa", "daily", "xyz.zip"), "xyz.csv",
            "20131126 00:00,100000,110000,90000,100000,5\n20131202 00:00,100000,120000,90000,110000,7\n");

        var frame = FrameLoader.FromLean(temp.Path, ["XYZ"], Resolution.Daily, First, Last, Calendar);

        Assert.Equal(
            [BarPresence.BeforeListing, BarPresence.Present, BarPresence.Missing, BarPresence.Missing, BarPresence.Present, BarPresence.AfterDelisting],
            frame.Symbols[0].Presence);
        Assert.Null(frame.Symbols[0].Factors);
    }

    [Fact]
    public void FromLean_Hour_AlignsToSessionHours()
    {
        using var temp = new TempFolder();
        ZipFixture.Write(Path.Combine(temp.Path, "equity", "usa", "hour", "xyz.zip"), "xyz.csv",
            "20131129 09:00,100000,110000,90000,100000,5\n20131129 12:00,100000,120000,90000,110000,7\n");

        var frame = FrameLoader.FromLean(temp.Path, ["xyz"], Resolution.Hour, new DateOnly(2013, 11, 29), new DateOnly(2013, 11, 29), Calendar);

        // Early close 13:00: periods start 09:00, 10:00, 11:00, 12:00.
        Assert.Equal(4, frame.Index.Count);
        Assert.Equal(new DateTime(2013, 11, 29, 13, 0, 0), frame.Index.EndTimes[3]);
        Assert.Equal([BarPresence.Present, BarPresence.Missing, BarPresence.Missing, BarPresence.Present], frame.Symbols[0].Presence);
    }

    [Fact]
    public void FromLean_FingerprintChangesWithFileBytes()
    {
        using var temp = new TempFolder();
        var zip = Path.Combine(temp.Path, "equity", "usa", "daily", "xyz.zip");
        ZipFixture.Write(zip, "xyz.csv", "20131126 00:00,100000,110000,90000,100000,5\n");
        var before = FrameLoader.FromLean(temp.Path, ["XYZ"], Resolution.Daily, First, Last, Calendar).Fingerprint;
        File.Delete(zip);
        ZipFixture.Write(zip, "xyz.csv", "20131126 00:00,100000,110000,90000,100001,5\n");

        var after = FrameLoader.FromLean(temp.Path, ["XYZ"], Resolution.Daily, First, Last, Calendar).Fingerprint;

        Assert.NotEqual(before, after);
        Assert.Equal(after, FrameLoader.FromLean(temp.Path, ["XYZ"], Resolution.Daily, First, Last, Calendar).Fingerprint);
    }

    [Fact]
    public void FromCsvFolder_YahooFile_IsFullyAdjustedAndNotRaw()
    {
        using var temp = new TempFolder();
        temp.Write("IJR.csv", "Date,Open,High,Low,Close,AdjClose,Volume,Dividends\n2013-11-26,10,12,8,10,5,100,0\n2013-11-29,10,12,8,11,11,100,0\n");

        var frame = FrameLoader.FromCsvFolder(temp.Path, ["IJR"], First, Last, Calendar);
        var c = frame.Symbols[0];

        // Day 1: ratio AdjClose/Close = 0.5 scales every price.
        Assert.Equal(5, c.Close[1]);
        Assert.Equal(6, c.High[1]);
        Assert.Equal(11, c.Close[3]);
        Assert.False(c.Source.PricesAreRaw);
        Assert.Equal("csv-yahoo", c.Source.Format);
        Assert.Equal([BarPresence.BeforeListing, BarPresence.Present, BarPresence.Missing, BarPresence.Present, BarPresence.AfterDelisting, BarPresence.AfterDelisting], c.Presence);
        Assert.Throws<DataException>(() => c.PriceScale(DataNormalizationMode.Raw));
        Assert.Throws<DataException>(() => c.ScaledBars(DataNormalizationMode.Raw));
        // Adjusted needs no factor: the scaled bars are the stored ones, and absent periods stay NaN.
        Assert.Equal(new ScaledPrices(5, 6, 4, 5, 100), c.ScaledBars(DataNormalizationMode.Adjusted)[1]);
        Assert.True(double.IsNaN(c.ScaledBars(DataNormalizationMode.Adjusted)[0].Close));
    }

    [Fact]
    public void FromCsvFolder_RowOnHoliday_Throws()
    {
        using var temp = new TempFolder();
        temp.Write("X.csv", "Date,Close\n2013-11-28,10\n");

        var e = Assert.Throws<DataException>(() => FrameLoader.FromCsvFolder(temp.Path, ["X"], First, Last, Calendar));

        Assert.Contains("2013-11-28", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromCsvFolder_MissingFile_Throws()
    {
        using var temp = new TempFolder();

        var e = Assert.Throws<DataException>(() => FrameLoader.FromCsvFolder(temp.Path, ["NOPE"], First, Last, Calendar));

        Assert.Contains("NOPE.csv", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromLean_SymbolWithMissingDaysAfterACompleteOne_KeepsItsGaps()
    {
        // AAA has every day, BBB misses two; loaded together (AAA first, its bars buffer reused for BBB), BBB's missing
        // days must stay missing, not take AAA's bars.
        using var temp = new TempFolder();
        var calendar = ZipFixture.Calendar();
        var daily = Path.Combine(temp.Path, "equity", "usa", "daily");
        string Rows(params int[] days) => string.Concat(days.Select(d => $"201311{d:D2} 00:00,1000000,1010000,990000,100{d:D2}00,5\n"));
        ZipFixture.Write(Path.Combine(daily, "aaa.zip"), "aaa.csv", Rows(18, 19, 20, 21, 22, 25, 26));
        ZipFixture.Write(Path.Combine(daily, "bbb.zip"), "bbb.csv", Rows(18, 21, 22, 25, 26));
        var (first, last) = (new DateOnly(2013, 11, 18), new DateOnly(2013, 11, 26));

        var together = FrameLoader.FromLean(temp.Path, ["AAA", "BBB"], Resolution.Daily, first, last, calendar);
        var alone = FrameLoader.FromLean(temp.Path, ["BBB"], Resolution.Daily, first, last, calendar).Symbols[0];

        Assert.True(together.TryGet(Symbol.Create("BBB"), out var bbb));
        Assert.Equal(alone.Presence, bbb.Presence);
        Assert.Equal(2, bbb.Presence.Count(p => p == BarPresence.Missing));
        Assert.Equal(alone.Close.Select(BitConverter.DoubleToInt64Bits), bbb.Close.Select(BitConverter.DoubleToInt64Bits));
    }
}
