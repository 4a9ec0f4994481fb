using Backtest.Engine.Statistics;

namespace Backtest.Engine.Tests.Statistics;

public sealed class DrawdownMetricsTests
{
    private static readonly DateTime T0 = new(2021, 3, 1);

    [Fact]
    public void Compute_UnrecoveredFinalDrawdown_IsNotARecovery()
    {
        // 100 -> 90 (day 1) -> 100 (day 3, recovered after 3 days from the day-0 peak) -> 50 (day 9, never recovers).
        var m = DrawdownMetrics.Compute(Days(0, 1, 3, 9), [100, 90, 100, 50]);

        Assert.Equal(0.5, m.MaxDrawdown, 15);
        Assert.Equal(3, m.RecoveryDays);
    }

    [Fact]
    public void Compute_TiedPeak_MovesPeakDateForward()
    {
        // The tie on day 4 moves the peak date, so the dip on day 5 recovers on day 6: 2 days, not 6.
        var m = DrawdownMetrics.Compute(Days(0, 4, 5, 6), [100, 100, 95, 101]);

        Assert.Equal(0.05, m.MaxDrawdown, 15);
        Assert.Equal(2, m.RecoveryDays);
    }

    [Fact]
    public void Compute_PartialDays_AreTruncated()
    {
        DateTime[] times = [T0, T0.AddHours(10), T0.AddHours(47)];

        var m = DrawdownMetrics.Compute(times, [100, 99, 100]);

        Assert.Equal(1, m.RecoveryDays);
    }

    [Fact]
    public void Compute_Empty_IsZero()
    {
        Assert.Equal(default, DrawdownMetrics.Compute([], []));
    }

    private static DateTime[] Days(params int[] days) => days.Select(d => T0.AddDays(d)).ToArray();
}
