namespace Backtest.Engine.Statistics;

/// <summary>
/// Maximum drawdown and longest recovery of an equity series (LEAN's CalculateDrawdownMetrics, SEMANTICS.md F.4).
/// </summary>
/// <param name="MaxDrawdown">Largest fall below the running peak as a positive fraction, unrounded.</param>
/// <param name="RecoveryDays">Longest recovered drawdown, from the peak date to the first point back at or above
/// the peak, truncated to whole days; 0 when no drawdown ever recovered.</param>
public readonly record struct DrawdownMetrics(double MaxDrawdown, int RecoveryDays)
{
    /// <summary>Walks the series once. Empty input gives (0, 0). Non-positive peaks give no drawdown.</summary>
    public static DrawdownMetrics Compute(ReadOnlySpan<DateTime> times, ReadOnlySpan<double> values)
    {
        if (values.Length == 0)
        {
            return default;
        }

        var peak = values[0];
        var peakTime = times[0];
        var inDrawdown = false;
        var start = peakTime;
        var worst = 0.0;
        var longest = TimeSpan.Zero;
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            if (value >= peak)
            {
                // Ties move the peak date forward, so a flat top does not lengthen the next recovery.
                peak = value;
                peakTime = times[i];
                if (inDrawdown)
                {
                    var duration = times[i] - start;
                    longest = duration > longest ? duration : longest;
                    inDrawdown = false;
                }
            }
            else
            {
                if (!inDrawdown)
                {
                    inDrawdown = true;
                    start = peakTime;
                }

                var fall = peak > 0 ? value / peak - 1 : 0;
                worst = Math.Min(worst, fall);
            }
        }

        return new DrawdownMetrics(Math.Abs(worst), (int)longest.TotalDays);
    }
}
