using MathNet.Numerics.Statistics;

namespace Backtest.Report.Analysis;

/// <summary>
/// Trailing-window statistics of daily returns, one value per trading day, NaN until the window is full. The window
/// at day i holds returns i - w + 1 .. i. Sharpe and volatility are annualised with 252 periods (sample deviation);
/// beta is the sample covariance with the benchmark over the benchmark's sample variance.
/// </summary>
internal static class RollingStats
{
    public static double[] Volatility(double[] returns, int window) =>
        Apply(returns, window, (start) => returns.AsSpan(start, window).ToArray().StandardDeviation() * Math.Sqrt(RiskMetrics.PeriodsPerYear));

    public static double[] Sharpe(double[] returns, int window, double rfDaily) => Apply(returns, window, start =>
    {
        var slice = returns.AsSpan(start, window).ToArray();
        var sd = slice.StandardDeviation();
        return sd > 0 ? (slice.Mean() - rfDaily) / sd * Math.Sqrt(RiskMetrics.PeriodsPerYear) : double.NaN;
    });

    public static double[] Beta(double[] returns, double[] benchmark, int window) => Apply(returns, window, start =>
        RiskMetrics.BetaOf(returns.AsSpan(start, window).ToArray(), benchmark.AsSpan(start, window).ToArray()));

    private static double[] Apply(double[] returns, int window, Func<int, double> statistic)
    {
        var result = new double[returns.Length];
        for (var i = 0; i < returns.Length; i++)
        {
            // Return 0 is a placeholder (no prior close), so the first full window ends at index `window`.
            result[i] = i < window ? double.NaN : statistic(i - window + 1);
        }

        return result;
    }
}
