using Backtest.Data.Csv;
using Backtest.Data.Errors;
using Backtest.Testing;

namespace Backtest.Data.Tests.Csv;

public sealed class FredSeriesReaderTests
{
    [Fact]
    public void Read_FredDownload_KeepsPercentAndNamesSeries()
    {
        using var temp = new TempFolder();
        var path = temp.Write("DFF.csv", "observation_date,DFF\n2000-01-01,3.99\n2000-01-02,3.99\n2000-01-03,5.43\n");

        var s = FredSeriesReader.Read(path);

        Assert.Equal("DFF", s.Name);
        Assert.Equal(3, s.Count);
        Assert.Equal(5.43, s.Values[2]);
        Assert.Equal(0, s.MissingObservations);
    }

    [Fact]
    public void Read_BlankAndDotValues_AreCountedNotErrors()
    {
        using var temp = new TempFolder();
        var path = temp.Write("DGS10.csv", "date,value\r\n1980-01-01,\r\n1980-01-02,10.5\r\n1980-01-03,.\r\n1980-01-04,10.6\r\n");

        var s = FredSeriesReader.Read(path);

        Assert.Equal("DGS10", s.Name);
        Assert.Equal([new DateOnly(1980, 1, 2), new DateOnly(1980, 1, 4)], s.Dates);
        Assert.Equal(2, s.MissingObservations);
    }

    [Fact]
    public void Read_DuplicateDate_ThrowsWithLine()
    {
        using var temp = new TempFolder();
        var path = temp.Write("x.csv", "date,dgs3mo\n2000-01-03,5.48\n2000-01-03,5.43\n");

        var e = Assert.Throws<DataException>(() => FredSeriesReader.Read(path));

        Assert.Equal(3, e.Line);
        Assert.Equal("date", e.Column);
        Assert.Contains("repeats", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadValue_ThrowsWithColumn()
    {
        using var temp = new TempFolder();
        var path = temp.Write("x.csv", "date,value\n2000-01-03,5,48\n2000-01-04,abc\n");

        var e = Assert.Throws<DataException>(() => FredSeriesReader.Read(path));

        Assert.Equal(3, e.Line);
        Assert.Equal("value", e.Column);
        Assert.Equal("abc", e.RawText);
    }
}
