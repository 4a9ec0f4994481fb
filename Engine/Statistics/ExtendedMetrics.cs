namespace Backtest.Engine.Statistics;

/// <summary>
/// Tear-sheet metrics in QuantStats' conventions, computed from one equity value per trading day. All rates are
/// fractions. Daily returns r_i = E_i / E_{i-1} - 1 (i >= 1). Empty or one-point input gives all zeros; a metric
/// whose denominator is 0 or NaN is 0.
/// </summary>
public sealed record ExtendedMetrics
{
    /// <summary>(E_last / E_first)^(1 / years) - 1 with years = calendar days between the first and last date / 365.25.</summary>
    public double Cagr { get; init; }

    /// <summary>Sample (n - 1) standard deviation of daily returns x sqrt(252).</summary>
    public double AnnualVolatility { get; init; }

    /// <summary>mean(r - rf_d) / sd(r) x sqrt(252), rf_d = (1 + rf)^(1/252) - 1 (the annual rf de-compounded).</summary>
    public double Sharpe { get; init; }

    /// <summary>mean(r - rf_d) / sqrt(sum of squared negative excess returns / n) x sqrt(252), n = all days
    /// (QuantStats' downside deviation, which counts non-negative days as zeros).</summary>
    public double Sortino { get; init; }

    /// <summary>Largest fall from a running peak of E, as a positive fraction.</summary>
    public double MaxDrawdown { get; init; }

    /// <summary><see cref="Cagr"/> / <see cref="MaxDrawdown"/>.</summary>
    public double Calmar { get; init; }

    /// <summary>Longest drawdown in calendar days: from the date of the peak to the first date back at or above it,
    /// or to the last date when it never recovers.</summary>
    public int LongestDrawdownDays { get; init; }

    /// <summary>Largest daily return.</summary>
    public double BestDay { get; init; }

    /// <summary>Smallest daily return.</summary>
    public double WorstDay { get; init; }

    /// <summary>Largest calendar-month return, compounding the daily returns dated in that month.</summary>
    public double BestMonth { get; init; }

    /// <summary>Smallest calendar-month return.</summary>
    public double WorstMonth { get; init; }

    /// <summary>Largest calendar-year return, compounding the daily returns dated in that year.</summary>
    public double BestYear { get; init; }

    /// <summary>Smallest calendar-year return.</summary>
    public double WorstYear { get; init; }

    /// <summary>Days with r &gt; 0 divided by days with r != 0 (flat days excluded, as QuantStats does).</summary>
    public double WinRateDays { get; init; }

    /// <summary>Computes the metrics. <paramref name="dates"/> ascending, one per trading day, same length as
    /// <paramref name="equity"/>; <paramref name="riskFreeRate"/> annual fraction.</summary>
    /// <exception cref="ArgumentException">The arrays differ in length.</exception>
    public static ExtendedMetrics Compute(ReadOnlySpan<DateTime> dates, ReadOnlySpan<double> equity, double riskFreeRate)
    {
        if (dates.Length != equity.Length)
        {
            throw new ArgumentException("Dates and equity must have the same length.", nameof(equity));
        }

        if (equity.Length < 2)
        {
            return new ExtendedMetrics();
        }

        var returns = new double[equity.Length - 1];
        for (var i = 1; i < equity.Length; i++)
        {
            returns[i - 1] = equity[i] / equity[i - 1] - 1;
        }

        var years = (dates[^1] - dates[0]).TotalDays / 365.25;
        var cagr = years > 0 ? Safe(Math.Pow(equity[^1] / equity[0], 1 / years) - 1) : 0;
        var (maxDrawdown, longest) = Drawdowns(dates, equity);
        var (bestMonth, worstMonth) = PeriodExtremes(dates, returns, byYear: false);
        var (bestYear, worstYear) = PeriodExtremes(dates, returns, byYear: true);
        var (sharpe, sortino) = Ratios(returns, riskFreeRate);
        return new ExtendedMetrics
        {
            Cagr = cagr,
            AnnualVolatility = Safe(SampleSd(returns) * Math.Sqrt(252)),
            Sharpe = sharpe,
            Sortino = sortino,
            MaxDrawdown = maxDrawdown,
            Calmar = maxDrawdown > 0 ? cagr / maxDrawdown : 0,
            LongestDrawdownDays = longest,
            BestDay = returns.Max(),
            WorstDay = returns.Min(),
            BestMonth = bestMonth,
            WorstMonth = worstMonth,
            BestYear = bestYear,
            WorstYear = worstYear,
            WinRateDays = WinRate(returns),
        };
    }

    private static (double Sharpe, double Sortino) Ratios(double[] returns, double rf)
    {
        var rfDaily = Math.Pow(1 + rf, 1.0 / 252) - 1;
        double mean = 0, downsideSquares = 0;
        foreach (var r in returns)
        {
            var excess = r - rfDaily;
            mean += excess;
            downsideSquares += excess < 0 ? excess * excess : 0;
        }

        mean /= returns.Length;
        var sd = SampleSd(returns);
        var downside = Math.Sqrt(downsideSquares / returns.Length);
        return (sd > 0 ? Safe(mean / sd * Math.Sqrt(252)) : 0, downside > 0 ? Safe(mean / downside * Math.Sqrt(252)) : 0);
    }

    private static (double MaxDrawdown, int LongestDays) Drawdowns(ReadOnlySpan<DateTime> dates, ReadOnlySpan<double> equity)
    {
        var peak = equity[0];
        var peakDate = dates[0];
        double worst = 0;
        var longest = 0;
        for (var i = 1; i < equity.Length; i++)
        {
            if (equity[i] >= peak)
            {
                longest = Math.Max(longest, (int)(dates[i] - peakDate).TotalDays);
                peak = equity[i];
                peakDate = dates[i];
            }
            else
            {
                worst = Math.Max(worst, peak > 0 ? 1 - equity[i] / peak : 0);
            }
        }

        if (equity[^1] < peak)
        {
            longest = Math.Max(longest, (int)(dates[^1] - peakDate).TotalDays);
        }

        return (worst, longest);
    }

    private static (double Best, double Worst) PeriodExtremes(ReadOnlySpan<DateTime> dates, double[] returns, bool byYear)
    {
        double best = double.NegativeInfinity, worst = double.PositiveInfinity, growth = 1;
        for (var i = 0; i < returns.Length; i++)
        {
            growth *= 1 + returns[i];
            var date = dates[i + 1];
            var last = i == returns.Length - 1 || Key(dates[i + 2], byYear) != Key(date, byYear);
            if (last)
            {
                best = Math.Max(best, growth - 1);
                worst = Math.Min(worst, growth - 1);
                growth = 1;
            }
        }

        return (best, worst);
    }

    private static int Key(DateTime date, bool byYear) => byYear ? date.Year : date.Year * 12 + date.Month;

    private static double WinRate(double[] returns)
    {
        int wins = 0, nonZero = 0;
        foreach (var r in returns)
        {
            wins += r > 0 ? 1 : 0;
            nonZero += r != 0 ? 1 : 0;
        }

        return nonZero == 0 ? 0 : (double)wins / nonZero;
    }

    private static double SampleSd(double[] values)
    {
        if (values.Length < 2)
        {
            return 0;
        }

        var mean = values.Average();
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += (v - mean) * (v - mean);
        }

        return Math.Sqrt(sum / (values.Length - 1));
    }

    private static double Safe(double value) => double.IsFinite(value) ? value : 0;
}
