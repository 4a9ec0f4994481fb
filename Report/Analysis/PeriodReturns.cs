namespace Backtest.Report.Analysis;

/// <summary>
/// Calendar-month and calendar-year returns: the compounded daily returns dated in the month or year (the first
/// day's return is 0, as in <see cref="Backtest.Engine.Statistics.ExtendedMetrics"/>). Fractions; periods ascending.
/// </summary>
internal sealed record PeriodReturns(IReadOnlyList<(int Year, int Month, double Return)> Monthly, IReadOnlyList<(int Year, double Return)> Annual)
{
    public static PeriodReturns Compute(PerformanceSeries series)
    {
        var monthly = new List<(int Year, int Month, double Return)>();
        var annual = new List<(int Year, double Return)>();
        for (var i = 0; i < series.Count; i++)
        {
            var d = series.Dates[i];
            var r = series.Returns[i];
            if (monthly.Count == 0 || monthly[^1].Year != d.Year || monthly[^1].Month != d.Month)
            {
                monthly.Add((d.Year, d.Month, 0));
            }

            if (annual.Count == 0 || annual[^1].Year != d.Year)
            {
                annual.Add((d.Year, 0));
            }

            monthly[^1] = (d.Year, d.Month, (1 + monthly[^1].Return) * (1 + r) - 1);
            annual[^1] = (d.Year, (1 + annual[^1].Return) * (1 + r) - 1);
        }

        return new PeriodReturns(monthly, annual);
    }
}
