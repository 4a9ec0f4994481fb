namespace Backtest.Report.Analysis;

/// <summary>
/// One drawdown episode: from the peak close to the trough and to the first close back at or above the peak
/// (<see cref="Recovery"/> null while unrecovered). Depth is a negative fraction; length is calendar days from the peak
/// to the recovery, or to the last date when unrecovered.
/// </summary>
internal readonly record struct DrawdownPeriod(DateOnly Start, DateOnly Trough, DateOnly? Recovery, double Depth, int LengthDays)
{
    /// <summary>The <paramref name="count"/> deepest episodes of a series, deepest first (ties: earlier start first).</summary>
    public static IReadOnlyList<DrawdownPeriod> Worst(PerformanceSeries series, int count)
    {
        var episodes = new List<DrawdownPeriod>();
        var dates = series.Dates;
        var dd = series.Drawdown;
        var i = 1;
        while (i < dd.Length)
        {
            if (dd[i] >= 0)
            {
                i++;
                continue;
            }

            var start = i - 1;
            var trough = i;
            while (i < dd.Length && dd[i] < 0)
            {
                trough = dd[i] < dd[trough] ? i : trough;
                i++;
            }

            DateOnly? recovery = i < dd.Length ? dates[i] : null;
            var end = recovery ?? dates[^1];
            episodes.Add(new DrawdownPeriod(dates[start], dates[trough], recovery, dd[trough], end.DayNumber - dates[start].DayNumber));
        }

        return episodes.OrderBy(e => e.Depth).ThenBy(e => e.Start).Take(count).ToArray();
    }
}
