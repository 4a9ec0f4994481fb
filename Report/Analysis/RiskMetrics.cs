using Backtest.Engine.Statistics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace Backtest.Report.Analysis;

/// <summary>
/// Tear-sheet metrics of one series, in the conventions of <see cref="ExtendedMetrics"/> (252 periods a year,
/// the annual risk-free rate de-compounded to a daily one), plus total return, PSR and, against a benchmark, beta and
/// alpha. All rates are fractions; a metric that cannot be computed is NaN.
/// </summary>
internal sealed record RiskMetrics(ExtendedMetrics Extended, double TotalReturn, double Psr, double Beta, double Alpha)
{
    public const int PeriodsPerYear = 252;

    /// <summary>Computes the metrics of <paramref name="series"/>; beta and alpha against <paramref name="benchmark"/>.</summary>
    /// <param name="riskFreeRate">Annual risk-free rate (fraction); NaN is treated as 0.</param>
    public static RiskMetrics Compute(PerformanceSeries series, PerformanceSeries benchmark, double riskFreeRate)
    {
        var rf = double.IsFinite(riskFreeRate) ? riskFreeRate : 0;
        if (!series.IsUsable)
        {
            return new RiskMetrics(new ExtendedMetrics(), double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var dates = series.Dates.Select(d => d.ToDateTime(TimeOnly.MinValue)).ToArray();
        var extended = ExtendedMetrics.Compute(dates, series.Values, rf);
        var r = series.Returns.AsSpan(1).ToArray();
        var b = benchmark.Returns.AsSpan(1).ToArray();
        var rfDaily = DailyRate(rf);
        var beta = BetaOf(r, b);
        var alpha = PeriodsPerYear * ((r.Average() - rfDaily) - beta * (b.Average() - rfDaily));
        return new RiskMetrics(extended, series.Values[^1] / series.Values[0] - 1, ProbabilisticSharpe(r, rfDaily), beta, alpha);
    }

    /// <summary>(1 + annual)^(1/252) - 1.</summary>
    public static double DailyRate(double annual) => Math.Pow(1 + annual, 1.0 / PeriodsPerYear) - 1;

    /// <summary>Sample covariance of r with b over the sample variance of b; NaN when b does not vary.</summary>
    public static double BetaOf(IReadOnlyList<double> r, IReadOnlyList<double> b)
    {
        var variance = b.Variance();
        return variance > 0 ? r.Covariance(b) / variance : double.NaN;
    }

    /// <summary>
    /// Probabilistic Sharpe ratio against a Sharpe of 0 (Bailey and López de Prado 2012) on daily, non-annualised
    /// figures: SR = mean(r - rf_d) / sd(r); PSR = Φ(SR √(n - 1) / √(1 - γ3 SR + (γ4 - 1) / 4 SR²)) with γ3 the
    /// sample skewness and γ4 the (non-excess) kurtosis of r. NaN for fewer than 4 returns or zero deviation.
    /// </summary>
    public static double ProbabilisticSharpe(IReadOnlyList<double> returns, double rfDaily)
    {
        var n = returns.Count;
        var sd = returns.StandardDeviation();
        if (n < 4 || !(sd > 0))
        {
            return double.NaN;
        }

        var sr = (returns.Mean() - rfDaily) / sd;
        var skew = returns.Skewness();
        var kurt = returns.Kurtosis() + 3;
        var denominator = 1 - skew * sr + (kurt - 1) / 4 * sr * sr;
        return denominator > 0 ? Normal.CDF(0, 1, sr * Math.Sqrt(n - 1) / Math.Sqrt(denominator)) : double.NaN;
    }

    /// <summary>
    /// The annual risk-free rate implied by a Sharpe ratio of daily returns in <see cref="ExtendedMetrics"/>' convention:
    /// rf_d = mean(r) - Sharpe · sd(r) / √252, rf = (1 + rf_d)^252 - 1. Used when result.json does not record the rate,
    /// so the benchmark gets the same rate as the strategy. NaN when it cannot be inverted.
    /// </summary>
    public static double ImpliedRiskFreeRate(PerformanceSeries series, double sharpe)
    {
        if (!series.IsUsable || !double.IsFinite(sharpe))
        {
            return double.NaN;
        }

        var r = series.Returns.AsSpan(1).ToArray();
        var sd = r.StandardDeviation();
        if (!(sd > 0))
        {
            return double.NaN;
        }

        var rfDaily = r.Mean() - sharpe * sd / Math.Sqrt(PeriodsPerYear);
        return Math.Pow(1 + rfDaily, PeriodsPerYear) - 1;
    }
}
