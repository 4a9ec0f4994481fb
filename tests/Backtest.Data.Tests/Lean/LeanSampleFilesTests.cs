using Backtest.Data.Lean;
using Backtest.Testing;

namespace Backtest.Data.Tests.Lean;

/// <summary>Readers against single files of LEAN's sample data; expected figures from shared/data/lean/README.md.</summary>
public sealed class LeanSampleFilesTests
{
    [Fact]
    public void InterestRateReader_RealFile_Has56ChangePointsFrom225To55Percent()
    {
        var series = InterestRateReader.Read(PathOf("alternative", "interest-rate", "usa", "interest-rate.csv"));

        Assert.Equal(56, series.Count);
        Assert.Equal(new DateOnly(2003, 1, 9), series.FirstDate);
        Assert.Equal(new DateOnly(2023, 7, 27), series.LastDate);
        Assert.Equal(0.0225, series.GetInterestRate(new DateOnly(1998, 1, 1)), 15);
        Assert.Equal(0.055, series.GetInterestRate(new DateOnly(2024, 1, 1)), 15);
    }

    [Fact]
    public void SymbolPropertiesReader_RealFile_UsaEquityDefaults()
    {
        var props = SymbolPropertiesReader.ReadUsaEquity(PathOf("symbol-properties", "symbol-properties-database.csv"));

        Assert.Equal(new SymbolProperties("USD", 1, 0.01, 1), props);
    }

    [Fact]
    public void MapFileReader_RealQqq_FirstDateFeedsSecurityIdentifier()
    {
        var map = MapFileReader.Read(PathOf("equity", "usa", "map_files", "qqq.csv"));

        Assert.Equal("qqqq", map.TickerOn(new DateOnly(2008, 1, 2)));
        Assert.Equal("QQQ RIWIV7K5Z9LX", SecurityIdentifier.Generate(map.FirstTicker, map.FirstDate));
    }

    [Fact]
    public void LeanZipReader_RealSpyMinute_FirstBarAtFourAm()
    {
        var file = LeanZipReader.ReadMinuteTrades(PathOf("equity", "usa", "minute", "spy", "20131007_trade.zip"), new DateOnly(2013, 10, 7));

        // README: files include extended hours; the first SPY bar is at 14,400,000 ms = 04:00.
        Assert.Equal(new DateTime(2013, 10, 7, 4, 0, 0), file.Bars[0].Time);
    }

    private static string PathOf(params string[] parts)
    {
        var folder = SharedData.LeanDataFolder;
        if (folder is null)
        {
            Assert.Skip(SharedData.MissingReason);
        }

        return Path.Combine([folder, .. parts]);
    }
}
