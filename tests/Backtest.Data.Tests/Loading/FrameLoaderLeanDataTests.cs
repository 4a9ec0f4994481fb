using Backtest.Data.Calendar;
using Backtest.Data.Frames;
using Backtest.Data.Loading;
using Backtest.Data.Model;
using Backtest.Testing;

namespace Backtest.Data.Tests.Loading;

/// <summary>FrameLoader against LEAN's own sample data (shared/data/lean).</summary>
public sealed class FrameLoaderLeanDataTests
{
    [Fact]
    public void FromLean_Spy20131008_AdjustedCloseIsRawTimesPriceFactor()
    {
        var (folder, calendar) = Lean();
        var frame = FrameLoader.FromLean(folder, ["SPY"], Resolution.Daily, new DateOnly(2013, 10, 1), new DateOnly(2013, 12, 31), calendar);
        var spy = frame.Symbols[0];
        var i = frame.Index.LowerBound(new DateTime(2013, 10, 8));

        var adjusted = spy.Close[i] * spy.PriceScale(DataNormalizationMode.Adjusted)[i];

        // Raw close 165.48 (spy.zip) and price factor 0.8646266 of row 20131219 (spy factor file; README example).
        Assert.Equal(165.48, spy.Close[i], 10);
        Assert.Equal(165.48 * 0.8646266, adjusted, 10);
    }

    [Fact]
    public void FromLean_Spy20131129_EndsAtEarlyClose()
    {
        var (folder, calendar) = Lean();
        var frame = FrameLoader.FromLean(folder, ["SPY"], Resolution.Daily, new DateOnly(2013, 11, 25), new DateOnly(2013, 12, 3), calendar);
        var i = frame.Index.LowerBound(new DateTime(2013, 11, 29));

        Assert.Equal(new DateTime(2013, 11, 29, 9, 30, 0), frame.Index.StartTimes[i]);
        Assert.Equal(new DateTime(2013, 11, 29, 13, 0, 0), frame.Index.EndTimes[i]);
        Assert.Equal(BarPresence.Present, frame.Symbols[0].Presence[i]);
    }

    [Fact]
    public void FromLean_QqqMapGap_IsMissingBetweenPresentBars()
    {
        var (folder, calendar) = Lean();
        var frame = FrameLoader.FromLean(folder, ["QQQ"], Resolution.Daily, new DateOnly(1999, 1, 4), new DateOnly(2021, 3, 31), calendar);
        var qqq = frame.Symbols[0];
        var index = frame.Index;

        for (var i = 0; i < index.Count; i++)
        {
            var d = DateOnly.FromDateTime(index.StartTimes[i]);
            var expected = d < new DateOnly(1999, 3, 10) ? BarPresence.BeforeListing
                : d >= new DateOnly(2004, 12, 1) && d <= new DateOnly(2011, 3, 22) ? BarPresence.Missing
                : BarPresence.Present;
            Assert.True(expected == qqq.Presence[i], $"{d:yyyy-MM-dd}: expected {expected}, found {qqq.Presence[i]}");
        }
    }

    [Fact]
    public void FromLean_SpyHour_SevenBarsAndLastCloseEqualsDaily()
    {
        var (folder, calendar) = Lean();
        var day = new DateOnly(2013, 10, 8);
        var hour = FrameLoader.FromLean(folder, ["SPY"], Resolution.Hour, day, day, calendar);
        var daily = FrameLoader.FromLean(folder, ["SPY"], Resolution.Daily, day, day, calendar);

        // README: seven hour bars on a normal day; the last hour bar closes at the daily close.
        Assert.Equal(7, hour.Index.Count);
        Assert.All(hour.Symbols[0].Presence, p => Assert.Equal(BarPresence.Present, p));
        Assert.Equal(daily.Symbols[0].Close[0], hour.Symbols[0].Close[6]);
    }

    [Fact]
    public void ScaledBars_Aapl2020Split_AreEachModesPricesAndVolumes()
    {
        var (folder, calendar) = Lean();
        var frame = FrameLoader.FromLean(folder, ["AAPL"], Resolution.Daily, new DateOnly(2020, 8, 3), new DateOnly(2020, 9, 30), calendar);
        var aapl = frame.Symbols[0];
        var before = frame.Index.LowerBound(new DateTime(2020, 8, 28));
        var after = frame.Index.LowerBound(new DateTime(2020, 8, 31));

        // Factor file row 20200828: price factor 0.9967882, split factor 0.25, reference close 499.23 (the 4:1 split of
        // 2020-08-31); rows after it are 1 and 1 until the next dividend (20201105: 0.9967882, 1).
        Assert.Equal(499.23, aapl.ScaledBars(DataNormalizationMode.Raw)[before].Close, 10);
        Assert.Equal(499.23 * 0.25, aapl.ScaledBars(DataNormalizationMode.SplitAdjusted)[before].Close, 10);
        Assert.Equal(499.23 * 0.25 * 0.9967882, aapl.ScaledBars(DataNormalizationMode.Adjusted)[before].Close, 10);
        Assert.Equal(aapl.Volume[before] * 4, aapl.ScaledBars(DataNormalizationMode.SplitAdjusted)[before].Volume);
        Assert.Equal(aapl.Close[after] * 0.9967882, aapl.ScaledBars(DataNormalizationMode.Adjusted)[after].Close, 10);

        foreach (var mode in Enum.GetValues<DataNormalizationMode>())
        {
            var bars = aapl.ScaledBars(mode);
            var scale = aapl.PriceScale(mode);
            Assert.Same(bars, aapl.ScaledBars(mode));
            Assert.Equal(frame.Index.Count, bars.Length);
            for (var i = 0; i < bars.Length; i++)
            {
                // Bit for bit what scaling a bar on reading gives (History, the benchmark): prices x scale, volume / scale
                // rounded.
                var expected = new ScaledPrices(aapl.Open[i] * scale[i], aapl.High[i] * scale[i], aapl.Low[i] * scale[i], aapl.Close[i] * scale[i],
                    Math.Round(aapl.Volume[i] / scale[i]));
                Assert.Equal(expected, bars[i]);
            }
        }
    }

    [Fact]
    public void ScaledRows_AaplAndSpyWithFactors_EqualEachSymbolsScaledBars()
    {
        // The engine's time step reads the frame's time-major records; with factor files (AAPL's split, SPY's dividends)
        // every mode's record must be bit for bit the symbol's own ScaledBars.
        var (folder, calendar) = Lean();
        var frame = FrameLoader.FromLean(folder, ["SPY", "AAPL"], Resolution.Daily, new DateOnly(2019, 1, 2), new DateOnly(2020, 12, 31), calendar);
        Assert.True(frame.Symbols.All(s => s.Factors is not null));

        foreach (var mode in Enum.GetValues<DataNormalizationMode>())
        {
            var rows = frame.ScaledRows(mode);
            for (var p = 0; p < frame.Symbols.Count; p++)
            {
                var own = frame.Symbols[p].ScaledBars(mode);
                for (var i = 0; i < own.Length; i++)
                {
                    var record = rows.At(i, p);
                    Assert.True(
                        BitConverter.DoubleToInt64Bits(record.Close) == BitConverter.DoubleToInt64Bits(own[i].Close) && record.Equals(own[i]),
                        $"{mode} {frame.Symbols[p].Symbol} {frame.Index.StartTimes[i]:yyyy-MM-dd}: {record} against {own[i]}");
                }
            }
        }
    }

    [Fact]
    public void FromLean_SeveralSymbols_SameColumnsAsEachLoadedAlone()
    {
        // The loader reuses its per-file buffers from one symbol to the next: nothing of one may show in another.
        var (folder, calendar) = Lean();
        var (first, last) = (new DateOnly(2010, 1, 4), new DateOnly(2021, 3, 31));
        string[] tickers = ["QQQ", "AAPL", "SPY"];
        var together = FrameLoader.FromLean(folder, tickers, Resolution.Daily, first, last, calendar);

        foreach (var ticker in tickers)
        {
            var alone = FrameLoader.FromLean(folder, [ticker], Resolution.Daily, first, last, calendar).Symbols[0];
            Assert.True(together.TryGet(alone.Symbol, out var mixed));
            Assert.Equal(alone.Presence, mixed.Presence);
            foreach (var (a, m) in new[] { (alone.Open, mixed.Open), (alone.High, mixed.High), (alone.Low, mixed.Low), (alone.Close, mixed.Close), (alone.Volume, mixed.Volume) })
            {
                Assert.Equal(a.Select(BitConverter.DoubleToInt64Bits), m.Select(BitConverter.DoubleToInt64Bits));
            }

            Assert.Contains(alone.Presence, p => p == BarPresence.Present);
        }
    }

    private static (string Folder, TradingCalendar Calendar) Lean()
    {
        var folder = SharedData.LeanDataFolder;
        if (folder is null)
        {
            Assert.Skip(SharedData.MissingReason);
        }

        return (folder, MarketHoursDatabaseReader.Read(Path.Combine(folder, "market-hours", "market-hours-database.json")));
    }
}
