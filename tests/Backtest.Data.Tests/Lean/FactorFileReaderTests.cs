using Backtest.Data.Errors;
using Backtest.Data.Lean;
using Backtest.Testing;

namespace Backtest.Data.Tests.Lean;

public sealed class FactorFileReaderTests
{
    [Fact]
    public void Read_SpyLikeRows_LooksUpSmallestDateOnOrAfter()
    {
        using var temp = new TempFolder();
        // Rows from the README's spy.csv example.
        var path = temp.Write("spy.csv", "20131219,0.8646266,1,181.5\n20140320,0.8693686,1,187.75\n20501231,1,1,0\n");

        var file = FactorFileReader.Read(path);

        Assert.Equal("SPY", file.Ticker);
        Assert.Equal(0.8646266, file.RowFor(new DateOnly(2013, 10, 8))!.Value.PriceFactor);
        Assert.Equal(0.8646266, file.RowFor(new DateOnly(2013, 12, 19))!.Value.PriceFactor);
        Assert.Equal(0.8693686, file.RowFor(new DateOnly(2013, 12, 20))!.Value.PriceFactor);
        Assert.Equal(181.5, file.Rows[0].ReferencePrice);
    }

    [Fact]
    public void Read_InfAndExponentAndNonPositiveRows_AreSkippedAndCounted()
    {
        using var temp = new TempFolder();
        var path = temp.Write("x.csv", "20000101,inf,1,1\n20010101,1e+10,1,1\n20020101,0,1,1\n20030101,0.5,2,10\n20501231,1,1,0\n");

        var file = FactorFileReader.Read(path, out var skipped);

        Assert.Equal(3, skipped);
        Assert.Equal(2, file.Rows.Count);
        Assert.Equal(1.0, file.Rows[0].PriceScaleFactor);
    }

    [Fact]
    public void Read_BadNumber_ThrowsWithLineAndColumn()
    {
        using var temp = new TempFolder();
        var path = temp.Write("x.csv", "20030101,0.5,2,10\n20040101,abc,1,1\n");

        var e = Assert.Throws<DataException>(() => FactorFileReader.Read(path));

        Assert.Equal(2, e.Line);
        Assert.Equal("priceFactor", e.Column);
        Assert.Equal("abc", e.RawText);
    }

    [Fact]
    public void Read_DescendingDates_Throws()
    {
        using var temp = new TempFolder();
        var path = temp.Write("x.csv", "20040101,0.5,2,10\n20030101,1,1,1\n");

        var e = Assert.Throws<DataException>(() => FactorFileReader.Read(path));

        Assert.Contains("ascending", e.Message, StringComparison.Ordinal);
    }
}
