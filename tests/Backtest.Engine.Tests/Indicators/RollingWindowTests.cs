using Backtest.Engine.Indicators;
using Backtest.Testing;

namespace Backtest.Engine.Tests.Indicators;

public sealed class RollingWindowTests
{
    [Fact]
    public void Indexer_AfterOverflow_ZeroIsMostRecent()
    {
        var window = new RollingWindow<int>(3);
        foreach (var x in new[] { 1, 2, 3, 4, 5 })
        {
            window.Add(x);
        }

        Assert.Equal([5, 4, 3], new[] { window[0], window[1], window[2] });
        Assert.Equal(3, window.Count);
        Assert.Equal(5, window.Samples);
        Assert.Equal(2, window.MostRecentlyRemoved);
        Assert.True(window.IsReady);
        Assert.Equal([5, 4, 3], window.ToArray());
    }

    [Fact]
    public void IsReady_PartlyFilled_IsFalseAndIndexBeyondCountThrows()
    {
        var window = new RollingWindow<double>(4);
        window.Add(1.5);

        Assert.False(window.IsReady);
        Assert.Throws<ArgumentOutOfRangeException>(() => window[1]);
        Assert.Throws<InvalidOperationException>(() => window.MostRecentlyRemoved);
    }

    [Fact]
    public void Constructor_ZeroSize_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RollingWindow<int>(0));
    }

    [Fact]
    public void Add_10000Values_AllocatesNothing()
    {
        var window = new RollingWindow<double>(10);
        var allocated = AllocationProbe.SteadyStateBytes(() =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                window.Add(i);
            }
        });

        Assert.Equal(0, allocated);
    }
}
