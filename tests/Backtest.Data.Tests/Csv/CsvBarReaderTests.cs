using Backtest.Data.Csv;
using Backtest.Data.Errors;
using Backtest.Testing;

namespace Backtest.Data.Tests.Csv;

public sealed class CsvBarReaderTests
{
    [Fact]
    public void Read_YahooWithBomCrlfAndDividends_ReadsAllColumns()
    {
        using var temp = new TempFolder();
        var path = temp.Write("IJR.csv", "\uFEFFDate,Open,High,Low,Close,AdjClose,Volume,Dividends\r\n2005-01-03,10,11,9,10.5,9.5,1000,0.0\r\n2005-01-04,10.5,12,10,11,10,2000,0.25\r\n");

        var s = CsvBarReader.Read(path);

        Assert.Equal(CsvBarFormat.Yahoo, s.Format);
        Assert.Equal([new DateOnly(2005, 1, 3), new DateOnly(2005, 1, 4)], s.Dates);
        Assert.Equal([10.5, 11], s.Close);
        Assert.Equal([9.5, 10], s.AdjustedClose!);
        Assert.Equal([0.0, 0.25], s.Dividends!);
        Assert.Equal([1000.0, 2000], s.Volume);
        Assert.Equal(CsvPriceAdjustment.Splits, s.PriceAdjustment);
        Assert.Equal(CsvPriceAdjustment.Full, s.AdjustedCloseAdjustment);
    }

    [Theory]
    [InlineData("Date,Open,High,Low,Close,Adj Close,Volume,stock\n2010-09-22,10,11,9,10.5,9.5,1000,VTWO.csv\n")]
    [InlineData("Date,open,high,low,close,adj_close,volume\n2010-09-22,10,11,9,10.5,9.5,1000\n")]
    public void Read_AdjCloseSpellingsAndExtraColumn_AreRecognised(string content)
    {
        using var temp = new TempFolder();
        var path = temp.Write("x.csv", content);

        var s = CsvBarReader.Read(path);

        Assert.Equal(CsvBarFormat.Yahoo, s.Format);
        Assert.Equal([9.5], s.AdjustedClose!);
        Assert.Null(s.Dividends!);
    }

    [Fact]
    public void Read_LowerCaseOhlcv_IsFullyAdjusted()
    {
        using var temp = new TempFolder();
        var path = temp.Write("SPY.csv", "date,open,high,low,close,volume\n1993-01-29,24.19,24.19,24.07,24.17,1003200\n");

        var s = CsvBarReader.Read(path);

        Assert.Equal(CsvBarFormat.Ohlcv, s.Format);
        Assert.Equal(CsvPriceAdjustment.Full, s.PriceAdjustment);
        Assert.Null(s.AdjustedClose!);
        Assert.Equal(1003200, s.Volume[0]);
    }

    [Fact]
    public void Read_CloseOnly_CopiesCloseAndHasNoVolume()
    {
        using var temp = new TempFolder();
        var path = temp.Write("SPSM.csv", "Date,Close\n2013-07-09,20.5\n2013-07-10,20.75\n");

        var s = CsvBarReader.Read(path);

        Assert.Equal(CsvBarFormat.CloseOnly, s.Format);
        Assert.Equal(s.Close, s.Open);
        Assert.Equal(s.Close, s.High);
        Assert.Equal(s.Close, s.Low);
        Assert.True(double.IsNaN(s.Volume[1]));
    }

    [Fact]
    public void Read_PartialOhlColumns_Throws()
    {
        using var temp = new TempFolder();
        var path = temp.Write("x.csv", "Date,Open,Close\n2013-07-09,1,2\n");

        var e = Assert.Throws<DataException>(() => CsvBarReader.Read(path));

        Assert.Equal(1, e.Line);
        Assert.Contains("required columns missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ShortRow_Throws()
    {
        using var temp = new TempFolder();
        var path = temp.Write("x.csv", "Date,Close\n2013-07-09\n");

        var e = Assert.Throws<DataException>(() => CsvBarReader.Read(path));

        Assert.Equal(2, e.Line);
        Assert.Equal("2013-07-09", e.RawText);
    }
}
