using Backtest.Data.Calendar;
using Backtest.Data.Frames;
using Backtest.Data.Loading;
using Backtest.Data.Model;
using Backtest.Testing;

namespace Backtest.Data.Tests.Loading;

/// <summary>FrameLoader over the downloaded daily CSVs (shared/data/market/daily) with LEAN's calendar.</summary>
public sealed class FrameLoaderMarketDataTests
{
    [Fact]
    public void FromCsvFolder_AllMainFiles_LoadOnLeanCalendar()
    {
        var (folder, calendar) = Inputs();
        string[] tickers = ["AAPL", "AMZN", "GOOGL", "IJR", "IWM", "META", "MSFT", "NVDA", "QQQ", "RSP", "SPSM", "SPY", "TSLA", "VOO", "VTWO"];

        var frame = FrameLoader.FromCsvFolder(folder, tickers, new DateOnly(1998, 1, 2), new DateOnly(2026, 6, 12), calendar);

        Assert.Equal(tickers.Length, frame.Symbols.Count);
        Assert.All(frame.Symbols, s => Assert.False(s.Source.PricesAreRaw));
        Assert.True(frame.TryGet(Symbol.Create("SPY"), out var spy));
        // SPY.csv covers every LEAN trading day from 1998 to its last row 2026-06-12 (PROVENANCE.md: 8400 rows from 1993).
        Assert.All(spy.Presence, p => Assert.Equal(BarPresence.Present, p));
        Assert.True(frame.TryGet(Symbol.Create("META"), out var meta));
        Assert.Equal(new DateTime(2012, 5, 18, 9, 30, 0), frame.Index.StartTimes[meta.FirstIndex]);
        Assert.Equal(BarPresence.BeforeListing, meta.Presence[0]);
        Assert.True(frame.TryGet(Symbol.Create("VTWO"), out var vtwo));
        // VTWO.csv ends 2023-04-14.
        Assert.Equal(new DateTime(2023, 4, 14, 9, 30, 0), frame.Index.StartTimes[vtwo.LastIndex]);
        Assert.Equal(BarPresence.AfterDelisting, vtwo.Presence[^1]);
        Assert.Equal(64, frame.Fingerprint.Length);
    }

    [Fact]
    public void FromCsvFolder_AaplZeroVolumeDay_IsPresentWithZeroVolume()
    {
        var (folder, calendar) = Inputs();
        var day = new DateOnly(1981, 8, 10); // the one row of AAPL.csv with volume 0

        var frame = FrameLoader.FromCsvFolder(folder, ["AAPL"], day, day, calendar);

        Assert.Equal(BarPresence.Present, frame.Symbols[0].Presence[0]);
        Assert.Equal(0, frame.Symbols[0].Volume[0]);
    }

    private static (string Folder, TradingCalendar Calendar) Inputs()
    {
        var market = SharedData.MarketDataFolder;
        var lean = SharedData.LeanDataFolder;
        if (market is null || lean is null)
        {
            Assert.Skip(SharedData.MissingReason);
        }

        return (Path.Combine(market, "daily"), MarketHoursDatabaseReader.Read(Path.Combine(lean, "market-hours", "market-hours-database.json")));
    }
}
