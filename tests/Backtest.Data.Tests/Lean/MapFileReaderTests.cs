using Backtest.Data.Errors;
using Backtest.Data.Lean;
using Backtest.Testing;

namespace Backtest.Data.Tests.Lean;

public sealed class MapFileReaderTests
{
    [Fact]
    public void Read_QqqMapFile_MapsEachPeriodToItsTicker()
    {
        using var temp = new TempFolder();
        // LEAN's qqq.csv (README): qqq to 2004-11-30, qqqq 2004-12-01..2011-03-22, qqq afterwards.
        var path = temp.Write("qqq.csv", "19990310,qqq,Q\n20041130,qqq,Q\n20110322,qqqq,Q\n20501231,qqq,Q\n");

        var map = MapFileReader.Read(path);

        Assert.Equal(new DateOnly(1999, 3, 10), map.FirstDate);
        Assert.Null(map.DelistingDate);
        Assert.Null(map.TickerOn(new DateOnly(1999, 3, 9)));
        Assert.Equal("qqq", map.TickerOn(new DateOnly(2004, 11, 30)));
        Assert.Equal("qqqq", map.TickerOn(new DateOnly(2004, 12, 1)));
        Assert.Equal("qqqq", map.TickerOn(new DateOnly(2011, 3, 22)));
        Assert.Equal("qqq", map.TickerOn(new DateOnly(2011, 3, 23)));
        Assert.Equal("Q", map.Rows[0].Exchange);
    }

    [Fact]
    public void Read_DelistedSecurity_HasDelistingDateAndNoTickerAfter()
    {
        using var temp = new TempFolder();
        var path = temp.Write("aaa.1.csv", "20020522,aaa\n20070518,aaa\n");

        var map = MapFileReader.Read(path);

        Assert.Equal("aaa.1", map.Name);
        Assert.Equal(new DateOnly(2007, 5, 18), map.DelistingDate);
        Assert.Null(map.TickerOn(new DateOnly(2007, 5, 19)));
    }

    [Fact]
    public void Read_BadDate_Throws()
    {
        using var temp = new TempFolder();
        var path = temp.Write("x.csv", "2002-05-22,aaa\n");

        var e = Assert.Throws<DataException>(() => MapFileReader.Read(path));

        Assert.Equal("date", e.Column);
        Assert.Equal("2002-05-22", e.RawText);
    }
}
