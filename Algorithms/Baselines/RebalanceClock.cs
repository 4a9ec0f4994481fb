namespace Backtest.Algorithms.Baselines;

/// <summary>
/// Says whether a bar's date starts a new rebalance period (the first bar of a new day, ISO week or month).
/// Decisions are taken at the close of that bar, so on daily data the orders fill at the next open.
/// </summary>
public sealed class RebalanceClock(RebalanceFrequency frequency)
{
    private int _lastPeriod = int.MinValue;

    /// <summary>True the first time a date of a new period is seen.</summary>
    public bool IsDue(DateTime time)
    {
        var period = frequency switch
        {
            // The day number since 0001-01-01 (one division by a constant; Year and DayOfYear each decode the date).
            RebalanceFrequency.Daily => (int)(time.Ticks / TimeSpan.TicksPerDay),
            RebalanceFrequency.Weekly => System.Globalization.ISOWeek.GetYear(time) * 100 + System.Globalization.ISOWeek.GetWeekOfYear(time),
            _ => time.Year * 100 + time.Month,
        };
        if (period == _lastPeriod)
        {
            return false;
        }

        _lastPeriod = period;
        return true;
    }
}
