namespace Backtest.Optimizer.Diagnostics;

/// <summary>
/// Per-period moments of a return series: mean, sample standard deviation (n - 1), Sharpe ratio = mean / sd
/// (per period, not annualised, no risk-free rate), and the population (biased, 1/n) skewness and non-excess
/// kurtosis that Bailey and Lopez de Prado's formulas take (normal returns: 0 and 3).
/// </summary>
public readonly record struct ReturnMoments(int Count, double Mean, double StandardDeviation, double Sharpe, double Skewness, double Kurtosis)
{
    /// <summary>Moments of <paramref name="returns"/> (fractions). Fewer than 2 values or zero spread give NaN ratios.</summary>
    public static ReturnMoments Of(IReadOnlyList<double> returns)
    {
        ArgumentNullException.ThrowIfNull(returns);
        var n = returns.Count;
        if (n == 0)
        {
            return new ReturnMoments(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var mean = 0d;
        for (var i = 0; i < n; i++)
        {
            mean += returns[i];
        }

        mean /= n;
        double m2 = 0, m3 = 0, m4 = 0;
        for (var i = 0; i < n; i++)
        {
            var d = returns[i] - mean;
            var d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
        }

        var sd = n > 1 ? Math.Sqrt(m2 / (n - 1)) : double.NaN;
        var sharpe = sd > 0 ? mean / sd : double.NaN;
        m2 /= n;
        m3 /= n;
        m4 /= n;
        var skew = m2 > 0 ? m3 / Math.Pow(m2, 1.5) : double.NaN;
        var kurt = m2 > 0 ? m4 / (m2 * m2) : double.NaN;
        return new ReturnMoments(n, mean, sd, sharpe, skew, kurt);
    }
}
