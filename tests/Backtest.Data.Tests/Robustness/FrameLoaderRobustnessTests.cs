using Backtest.Data.Calendar;
using Backtest.Data.Errors;
using Backtest.Data.Loading;
using Backtest.Data.Model;
using Backtest.Testing;

namespace Backtest.Data.Tests.Robustness;

/// <summary>A ticker without data is an error naming the file that was looked for, not an empty column.</summary>
public sealed class FrameLoaderRobustnessTests
{
    private static readonly TradingCalendar Weekdays = new([], new Dictionary<DateOnly, TimeOnly>(), new TimeOnly(9, 30), new TimeOnly(16, 0));

    [Fact]
    public void FromLean_TickerWithoutZip_ThrowsDataExceptionNamingTheZip()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, "equity", "usa", "daily"));
        File.WriteAllBytes(Path.Combine(temp.Path, "equity", "usa", "daily", "spy.zip"), ValidFixtures.Zip("spy.csv", ValidFixtures.LeanDaily()));

        var e = Assert.Throws<DataException>(() =>
            FrameLoader.FromLean(temp.Path, ["SPY", "QQQ"], Resolution.Daily, new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 12), Weekdays));

        var expected = Path.Combine(temp.Path, "equity", "usa", "daily", "qqq.zip");
        Assert.Equal(expected, e.File);
        Assert.Equal(
            $"{expected}: no data for QQQ: the file does not exist. Check the ticker, or add QQQ's bars to the data folder (backtest data import <csv> --out {temp.Path}).",
            e.Message);
    }

    [Fact]
    public void FromCsvFolder_TickerWithoutCsv_ThrowsDataExceptionNamingTheCsv()
    {
        using var temp = new TempFolder();
        ValidFixtures.Write(temp.Path, "SPY.csv", ValidFixtures.BarCsv(5));

        var e = Assert.Throws<DataException>(() =>
            FrameLoader.FromCsvFolder(temp.Path, ["SPY", "QQQ"], new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 8), Weekdays));

        Assert.NotNull(e.File);
        Assert.Equal("QQQ.csv", Path.GetFileName(e.File), ignoreCase: true);
        Assert.Equal($"{e.File}: no CSV file for QQQ. Put QQQ.csv in the folder or remove QQQ from the tickers.", e.Message);
    }
}
