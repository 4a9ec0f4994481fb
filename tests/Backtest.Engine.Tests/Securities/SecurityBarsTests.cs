using Backtest.Data.Frames;
using Backtest.Data.Model;
using Backtest.Engine.Securities;
using Backtest.Engine.Tests.Support;

namespace Backtest.Engine.Tests.Securities;

/// <summary>A security of a frame reads the frame's time-major records; one built from bare columns reads the columns'
/// own records. Both must deliver the same bars.</summary>
public sealed class SecurityBarsTests
{
    [Fact]
    public void Update_FromFrameRows_SameBarsAsFromOwnColumns()
    {
        var calendar = FrameBuilder.Calendar();
        var index = FrameBuilder.Daily(calendar, new DateOnly(2024, 1, 2), new DateOnly(2024, 6, 28));
        // Three symbols with different prices, so reading a neighbour's column (a wrong offset or stride) shows; BBB misses
        // a run of days (filled forward), CCC one day.
        var frame = FrameBuilder.Frame(
            FrameBuilder.Columns("CCC", index, i => (300 + i, 301 + i, 299 + i, 300.5 + i), missing: [40]),
            FrameBuilder.Columns("AAA", index, i => (100 + i, 101 + i, 99 + i, 100.5 + i)),
            FrameBuilder.Columns("BBB", index, i => (200 - (i * 0.5), 201 - (i * 0.5), 199 - (i * 0.5), 200.25 - (i * 0.5)), missing: [5, 6, 7, 60]));
        var exchange = new SecurityExchange(calendar, new EngineClock());

        foreach (var columns in frame.Symbols)
        {
            foreach (var mode in new[] { DataNormalizationMode.Raw, DataNormalizationMode.Adjusted })
            {
                var fromFrame = new Security(columns.Symbol, columns, Resolution.Daily, mode, true, exchange, frame);
                var alone = new Security(columns.Symbol, columns, Resolution.Daily, mode, true, exchange);
                for (var i = 0; i < index.Count; i++)
                {
                    Assert.Equal(alone.Update(i), fromFrame.Update(i));
                    Assert.Equal(alone.CurrentBar, fromFrame.CurrentBar);
                    Assert.Equal(alone.IsFillForward, fromFrame.IsFillForward);
                    Assert.Equal(columns.ScaledBars(mode)[i], fromFrame.BarAt(i));
                }

                Assert.Equal(columns.Close[^1], fromFrame.Close);
            }
        }
    }

    [Fact]
    public void Constructor_ColumnsNotOfTheFrame_ReadsTheirOwnRecords()
    {
        // Columns with a frame's ticker but not the frame's object (another load of the data) must not read the frame's.
        var calendar = FrameBuilder.Calendar();
        var index = FrameBuilder.Daily(calendar, new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 31));
        var frame = FrameBuilder.Frame(FrameBuilder.Flat("AAA", index, 10));
        var other = FrameBuilder.Flat("AAA", index, 20);
        var security = new Security(other.Symbol, other, Resolution.Daily, DataNormalizationMode.Raw, true, new SecurityExchange(calendar, new EngineClock()), frame);

        security.Update(3);

        Assert.Equal(20, security.Close);
    }
}
