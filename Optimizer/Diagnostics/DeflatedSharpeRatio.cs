using MathNet.Numerics.Distributions;

namespace Backtest.Optimizer.Diagnostics;

/// <summary>
/// Bailey and Lopez de Prado, "The Deflated Sharpe Ratio" (Journal of Portfolio Management, 2014). All Sharpe ratios
/// are per period and in the same unit as the returns they come from; no annualisation happens here.
/// </summary>
public static class DeflatedSharpeRatio
{
    /// <summary>The Euler-Mascheroni constant.</summary>
    public const double EulerGamma = 0.5772156649015329;

    /// <summary>
    /// Expected maximum Sharpe of <paramref name="trials"/> independent skill-less trials whose Sharpe ratios have
    /// variance <paramref name="sharpeVariance"/>: sqrt(V) * ((1 - g) * Z^-1(1 - 1/N) + g * Z^-1(1 - 1/(N e))).
    /// One trial (or fewer) means no selection, so 0.
    /// </summary>
    public static double ExpectedMaximumSharpe(int trials, double sharpeVariance)
    {
        if (trials < 2)
        {
            return 0d;
        }

        var a = Normal.InvCDF(0d, 1d, 1d - (1d / trials));
        var b = Normal.InvCDF(0d, 1d, 1d - (1d / (trials * Math.E)));
        return Math.Sqrt(sharpeVariance) * (((1d - EulerGamma) * a) + (EulerGamma * b));
    }

    /// <summary>
    /// The probabilistic Sharpe ratio: Z((SR - SR0) sqrt(T - 1) / sqrt(1 - skew * SR + (kurt - 1) / 4 * SR^2)), with
    /// non-excess <paramref name="kurtosis"/>. NaN when the variance term is not positive or T &lt; 2.
    /// </summary>
    public static double Probabilistic(double observedSharpe, double benchmarkSharpe, int observations, double skewness, double kurtosis)
    {
        var variance = 1d - (skewness * observedSharpe) + ((kurtosis - 1d) / 4d * observedSharpe * observedSharpe);
        if (observations < 2 || !(variance > 0))
        {
            return double.NaN;
        }

        var z = (observedSharpe - benchmarkSharpe) * Math.Sqrt(observations - 1d) / Math.Sqrt(variance);
        return Normal.CDF(0d, 1d, z);
    }

    /// <summary>
    /// DSR of the selected trial's <paramref name="selectedReturns"/> given the per-period Sharpe ratios of all trials
    /// (the selected one included). The trial Sharpe variance is the sample variance (n - 1) of <paramref name="trialSharpes"/>.
    /// </summary>
    /// <exception cref="ArgumentException">No trial Sharpe ratios.</exception>
    public static DeflatedSharpeResult Compute(IReadOnlyList<double> selectedReturns, IReadOnlyList<double> trialSharpes)
    {
        ArgumentNullException.ThrowIfNull(selectedReturns);
        ArgumentNullException.ThrowIfNull(trialSharpes);
        if (trialSharpes.Count == 0)
        {
            throw new ArgumentException("At least one trial Sharpe ratio is needed.", nameof(trialSharpes));
        }

        var moments = ReturnMoments.Of(selectedReturns);
        var variance = SampleVariance(trialSharpes);
        var benchmark = ExpectedMaximumSharpe(trialSharpes.Count, variance);
        var probability = Probabilistic(moments.Sharpe, benchmark, moments.Count, moments.Skewness, moments.Kurtosis);
        return new DeflatedSharpeResult(trialSharpes.Count, variance, benchmark, moments.Sharpe, moments.Count, moments.Skewness, moments.Kurtosis, probability);
    }

    private static double SampleVariance(IReadOnlyList<double> values)
    {
        if (values.Count < 2)
        {
            return 0d;
        }

        var mean = values.Average();
        return values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1);
    }
}
