using System.IO.Compression;
using System.Globalization;
using Backtest.Data.Lean;
using Backtest.Data.Model;
using Backtest.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace Backtest.Data.Tests.Lean;

public sealed class LeanFolderWriterTests
{
    private static Bar Daily(int y, int m, int d, double o, double h, double l, double c, double v) =>
        new(new DateTime(y, m, d), new DateTime(y, m, d, 16, 0, 0), o, h, l, c, v);

    [Fact]
    public void WriteDailyBars_TwoBars_LeanLinesInSingleLowerCaseEntry()
    {
        using var folder = new TempFolder();
        var path = LeanFolderWriter.WriteDailyBars(folder.Path, "SPY", [Daily(2024, 1, 2, 472.16, 473.67, 470.49, 472.65, 123456), Daily(2024, 1, 3, 470.43, 471.19, 468.17, 468.79, 7)]);

        Assert.Equal(Path.Combine(folder.Path, "equity", "usa", "daily", "spy.zip"), path);
        using var zip = ZipFile.OpenRead(path);
        var entry = Assert.Single(zip.Entries);
        Assert.Equal("spy.csv", entry.FullName);
        Assert.Equal(new DateTime(2000, 1, 1), entry.LastWriteTime.DateTime);
        using var reader = new StreamReader(entry.Open());
        // 472.16 dollars = 4,721,600 deci-cents (README: price x 10,000).
        Assert.Equal("20240102 00:00,4721600,4736700,4704900,4726500,123456\n20240103 00:00,4704300,4711900,4681700,4687900,7\n", reader.ReadToEnd());
    }

    [Fact]
    public void WriteDailyBars_ExactHalfDeciCent_RoundsAwayFromZero()
    {
        using var folder = new TempFolder();
        // 1.03125 and 2.5 are exact binary fractions: x 10,000 = 10312.5 and 25000; volume 2.5 -> 3 (banker's would give 10312 and 2).
        var path = LeanFolderWriter.WriteDailyBars(folder.Path, "X", [Daily(2024, 1, 2, 1.03125, 1.03125, 1.03125, 1.03125, 2.5)]);
        Assert.Contains("10313,10313,10313,10313,3\n", EntryText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void WriteDailyBars_AnyPrice_ReadsBackWithinHalfADeciCent()
    {
        using var folder = new TempFolder();
        Check.QuickThrowOnFailure(Prop.ForAll(Arb.From(Gen.Choose(1, 50_000_000)), cents =>
        {
            var price = (cents / 100.0) + 0.000037;
            var path = LeanFolderWriter.WriteDailyBars(folder.Path, "P", [Daily(2024, 1, 2, price, price, price, price, 1)]);
            var field = EntryText(path).Split(',')[4];
            var back = long.Parse(field, CultureInfo.InvariantCulture) / 10_000.0;
            return Math.Abs(back - price) <= 0.00005 + 1e-9;
        }));
    }

    [Fact]
    public void WriteFactorFile_Rows_ShortestFormNoExponent()
    {
        using var folder = new TempFolder();
        var path = LeanFolderWriter.WriteFactorFile(folder.Path, "AAPL",
        [
            new(new DateOnly(1998, 1, 2), 0.8613657, 0.00892857, 1),
            new(new DateOnly(2020, 8, 28), 0.9, 0.0000001, 499.23),
            new(LeanFolderWriter.EndOfTime, 1, 1, 0),
        ]);

        Assert.EndsWith(Path.Combine("equity", "usa", "factor_files", "aapl.csv"), path, StringComparison.Ordinal);
        Assert.Equal("19980102,0.8613657,0.00892857,1\n20200828,0.9,0.0000001,499.23\n20501231,1,1,0\n", File.ReadAllText(path));
    }

    [Fact]
    public void RoundFactors_Policy_SevenDecimalsAndNineSignificantDigits()
    {
        Assert.Equal(0.8613657, LeanFolderWriter.RoundPriceFactor(0.86136565));
        Assert.Equal(0.00892857143, LeanFolderWriter.RoundSplitFactor(1.0 / 112.0));
        Assert.Equal(0.0178571429, LeanFolderWriter.RoundSplitFactor(1.0 / 56.0));
    }

    [Fact]
    public void WriteMapFileAndInterestRate_Rows_LeanTextLayout()
    {
        using var folder = new TempFolder();
        var map = LeanFolderWriter.WriteMapFile(folder.Path, "IWM", [new(new DateOnly(2000, 5, 26), "IWM", "P"), new(LeanFolderWriter.EndOfTime, "IWM", "P")]);
        var rate = LeanFolderWriter.WriteInterestRate(folder.Path, [(new DateOnly(2003, 1, 9), 2.25), (new DateOnly(2008, 12, 16), 0.5)]);

        Assert.Equal("20000526,iwm,P\n20501231,iwm,P\n", File.ReadAllText(map));
        Assert.Equal(Path.Combine(folder.Path, "alternative", "interest-rate", "usa", "interest-rate.csv"), rate);
        Assert.Equal("DATE,PCREDIT8\n2003-01-09,2.25\n2008-12-16,0.5\n", File.ReadAllText(rate));
        Assert.False(File.ReadAllBytes(rate).AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }));
    }

    private static string EntryText(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        using var reader = new StreamReader(zip.Entries[0].Open());
        return reader.ReadToEnd();
    }
}
