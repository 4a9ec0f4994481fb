using Backtest.Data.Tests.Lean;
using Backtest.Data.Validation;
using Backtest.Testing;

namespace Backtest.Data.Tests.Validation;

public sealed class DataFolderValidatorTests
{
    [Fact]
    public void Validate_MixedFolder_RecognisesKindsInOrdinalOrder()
    {
        using var temp = new TempFolder();
        ZipFixture.Write(temp.File("equity/usa/daily/spy.zip"), "spy.csv", "20131127 00:00,1810000,1815000,1805000,1812500,1000\n");
        ZipFixture.Write(temp.File("equity/usa/hour/spy.zip"), "spy.csv", "20131127 09:00,1810000,1815000,1805000,1812500,1000\n");
        ZipFixture.Write(temp.File("equity/usa/minute/spy/20131127_trade.zip"), "t.csv", "34200000,1810000,1815000,1805000,1812500,10\n");
        ZipFixture.Write(temp.File("equity/usa/minute/spy/20131127_quote.zip"), "q.csv", "34200000,1,1,1,1,1,2,2,2,2,1\n");
        temp.Write("equity/usa/factor_files/spy.csv", "20131219,0.8646266,1,181.5\n20501231,1,1,0\n");
        temp.Write("equity/usa/map_files/spy.csv", "19980102,spy\n20501231,spy\n");
        temp.Write("alternative/interest-rate/usa/interest-rate.csv", "DATE,PCREDIT8\n2003-01-09,2.25\n");
        temp.Write("csv/SPY.csv", "date,open,high,low,close,volume\n2024-01-02,1,2,1,2,3\n");
        temp.Write("csv/DFF.csv", "observation_date,DFF\n2024-01-01,5.33\n");
        temp.Write("csv/manifest.csv", "file,ticker,role\nx,y,z\n");
        temp.Write("csv/BAD.csv", "Date,Close\n2024-01-02,-1\n");
        temp.Write("README.md", "# ignored");

        var results = DataFolderValidator.Validate(temp.Path);

        Assert.Equal(
            [
                ("alternative/interest-rate/usa/interest-rate.csv", DataFileKind.InterestRate),
                ("csv/BAD.csv", DataFileKind.BarCsv),
                ("csv/DFF.csv", DataFileKind.RateCsv),
                ("csv/SPY.csv", DataFileKind.BarCsv),
                ("csv/manifest.csv", DataFileKind.NotDataFile),
                ("equity/usa/daily/spy.zip", DataFileKind.LeanDaily),
                ("equity/usa/factor_files/spy.csv", DataFileKind.FactorFile),
                ("equity/usa/hour/spy.zip", DataFileKind.LeanHour),
                ("equity/usa/map_files/spy.csv", DataFileKind.MapFile),
                ("equity/usa/minute/spy/20131127_quote.zip", DataFileKind.LeanMinuteQuote),
                ("equity/usa/minute/spy/20131127_trade.zip", DataFileKind.LeanMinuteTrade),
            ],
            results.Select(r => (r.Path, r.Kind)));
        var bad = results[1];
        Assert.False(bad.Ok);
        Assert.Contains("BAD.csv:2, column Close: price is zero or negative", bad.Error, StringComparison.Ordinal);
        Assert.All(results.Where(r => r.Path != "csv/BAD.csv"), r => Assert.True(r.Ok, r.Error));
        Assert.Equal("not a data file, skipped", results[4].Note);
    }

    [Fact]
    public void Validate_MissingFolder_Throws()
    {
        Assert.Throws<DirectoryNotFoundException>(() => DataFolderValidator.Validate(Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid().ToString("N"))));
    }

    [Fact]
    public void Validate_BrokenMarketHoursAndEmptyCsv_ReportedPerFileWithoutStoppingTheWalk()
    {
        using var temp = new TempFolder();
        temp.Write("a/EMPTY.csv", string.Empty);
        temp.Write("b/market-hours-database.json", "{ \"entries\": { \"Equity-usa-[*]\": { \"monday\": [ { \"state\": \"market\" } ] } } }");
        temp.Write("c/OK.csv", "Date,Close\n2024-01-02,10\n");

        var results = DataFolderValidator.Validate(temp.Path);

        Assert.Equal(["a/EMPTY.csv", "b/market-hours-database.json", "c/OK.csv"], results.Select(r => r.Path));
        Assert.Contains("empty", results[0].Error, StringComparison.Ordinal);
        Assert.Contains("market-hours-database.json", results[1].Error, StringComparison.Ordinal);
        Assert.True(results[2].Ok);
    }
}
