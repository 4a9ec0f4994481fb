using Backtest.Algorithms.Signals;
using Backtest.Algorithms.Tests.Baskets;
using Backtest.Data.Errors;
using Backtest.Testing;

namespace Backtest.Algorithms.Tests.Signals;

public sealed class ValuationSpreadSeriesTests
{
    [Fact]
    public void Load_WeeklyObservations_CarriedForwardFromObservationDate()
    {
        using var temp = new TempFolder();
        // Fixture days are 2024-01-01.. (FrameFixture.Day). Observations on day 1 and day 3.
        var path = temp.Write("pe.csv", "date,value\n2024-01-02,0.80\n2024-01-03,.\n2024-01-04,0.75\n");
        var frame = FrameFixture.Build(("A", [1, 1, 1, 1, 1]));

        var values = ValuationSpreadSeries.Load(path, frame.Index);

        Assert.True(double.IsNaN(values[0]));
        Assert.Equal([0.80, 0.80, 0.75, 0.75], values[1..]);
    }

    [Fact]
    public void Load_BadNumber_ThrowsDataExceptionWithLine()
    {
        using var temp = new TempFolder();
        var path = temp.Write("pe.csv", "date,value\n2024-01-02,abc\n");
        var frame = FrameFixture.Build(("A", [1, 1]));

        var e = Assert.Throws<DataException>(() => ValuationSpreadSeries.Load(path, frame.Index));
        Assert.Equal(2, e.Line);
        Assert.Throws<DataException>(() => ValuationSpreadSeries.Load(Path.Combine(temp.Path, "absent.csv"), frame.Index));
    }
}
