using Backtest.Engine.Statistics;

namespace Backtest.Engine.Tests.Statistics;

/// <summary>Hand-made equity paths; expected values worked out here from the documented conventions.</summary>
public sealed class ExtendedMetricsTests
{
    // 2020-01-30 .. 2020-03-02: returns +10%, -10%, +20% (Feb 3), -25% (Feb 28), +50% (Mar 2).
    private static readonly DateTime[] Dates =
    [
        new(2020, 1, 30), new(2020, 1, 31), new(2020, 2, 3), new(2020, 2, 4), new(2020, 2, 28), new(2020, 3, 2),
    ];

    private static readonly double[] Equity = [100, 110, 99, 118.8, 89.1, 133.65];

    [Fact]
    public void Compute_HandPath_PeriodReturnsFollowCalendar()
    {
        var m = ExtendedMetrics.Compute(Dates, Equity, 0);

        Assert.Equal(0.5, m.BestDay, 12);
        Assert.Equal(-0.25, m.WorstDay, 12);
        // January: +10% (Jan 30 is the base); February: 0.9 x 1.2 x 0.75 - 1 = -0.19; March: +50%.
        Assert.Equal(0.5, m.BestMonth, 12);
        Assert.Equal(-0.19, m.WorstMonth, 12);
        Assert.Equal(1.3365 - 1, m.BestYear, 12);
        Assert.Equal(m.BestYear, m.WorstYear, 12);
        Assert.Equal(3.0 / 5, m.WinRateDays, 12);
    }

    [Fact]
    public void Compute_HandPath_DrawdownCagrAndCalmar()
    {
        var m = ExtendedMetrics.Compute(Dates, Equity, 0);

        // Peak 118.8 on Feb 4, trough 89.1 -> 25%; recovered Mar 2 = 27 days; the first dip (Jan 31 -> Feb 4) lasts 4.
        Assert.Equal(0.25, m.MaxDrawdown, 12);
        Assert.Equal(27, m.LongestDrawdownDays);
        var years = 32 / 365.25;
        Assert.Equal(Math.Pow(1.3365, 1 / years) - 1, m.Cagr, 9);
        Assert.Equal(m.Cagr / 0.25, m.Calmar, 9);
    }

    [Fact]
    public void Compute_HandPath_VolatilitySharpeSortino()
    {
        const double rf = 0.02;
        var m = ExtendedMetrics.Compute(Dates, Equity, rf);

        double[] r = [0.1, -0.1, 0.2, -0.25, 0.5];
        var mean = r.Sum() / 5;
        var sd = Math.Sqrt(r.Sum(x => (x - mean) * (x - mean)) / 4);
        var rfd = Math.Pow(1.02, 1.0 / 252) - 1;
        var excess = r.Select(x => x - rfd).ToArray();
        var downside = Math.Sqrt(excess.Where(x => x < 0).Sum(x => x * x) / 5);
        Assert.Equal(sd * Math.Sqrt(252), m.AnnualVolatility, 12);
        Assert.Equal(excess.Average() / sd * Math.Sqrt(252), m.Sharpe, 12);
        Assert.Equal(excess.Average() / downside * Math.Sqrt(252), m.Sortino, 12);
    }

    [Fact]
    public void Compute_UnrecoveredDrawdown_RunsToLastDate()
    {
        DateTime[] dates = [new(2021, 1, 4), new(2021, 1, 5), new(2021, 1, 15)];

        var m = ExtendedMetrics.Compute(dates, [100, 90, 95], 0);

        Assert.Equal(11, m.LongestDrawdownDays);
        Assert.Equal(0.5, m.WinRateDays);
    }

    [Fact]
    public void Compute_SinglePoint_IsAllZero()
    {
        Assert.Equal(new ExtendedMetrics(), ExtendedMetrics.Compute([new DateTime(2021, 1, 4)], [100], 0.01));
    }
}
