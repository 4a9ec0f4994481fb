using System.Globalization;
using Backtest.Data.Calendar;
using Backtest.Data.Frames;
using Backtest.Data.Loading;
using Backtest.Testing;

namespace Backtest.Algorithms.Tests.Baskets;

/// <summary>Frames over shared/data/market/daily on LEAN's calendar; skips the test when the shared folder is absent.</summary>
internal static class MarketFixture
{
    public static string DailyFolder
    {
        get
        {
            var market = SharedData.MarketDataFolder;
            if (market is null || SharedData.LeanDataFolder is null)
            {
                Assert.Skip(SharedData.MissingReason);
            }

            return Path.Combine(market, "daily");
        }
    }

    public static BarFrame Load(DateOnly first, DateOnly last, params string[] tickers)
    {
        var folder = DailyFolder;
        var calendar = MarketHoursDatabaseReader.Read(Path.Combine(SharedData.LeanDataFolder!, "market-hours", "market-hours-database.json"));
        return FrameLoader.FromCsvFolder(folder, tickers, first, last, calendar);
    }

    /// <summary>date -> close straight from a daily CSV (header date,open,high,low,close,volume), for independent checks.</summary>
    public static SortedDictionary<DateOnly, double> Closes(string ticker)
    {
        var closes = new SortedDictionary<DateOnly, double>();
        foreach (var line in File.ReadLines(Path.Combine(DailyFolder, ticker + ".csv")).Skip(1))
        {
            var f = line.Split(',');
            closes.Add(DateOnly.ParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), double.Parse(f[4], CultureInfo.InvariantCulture));
        }

        return closes;
    }
}
