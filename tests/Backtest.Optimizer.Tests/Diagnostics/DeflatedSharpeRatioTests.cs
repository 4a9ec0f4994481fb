using Backtest.Optimizer.Diagnostics;

namespace Backtest.Optimizer.Tests.Diagnostics;

public sealed class DeflatedSharpeRatioTests
{
    // Bailey & Lopez de Prado, "The Deflated Sharpe Ratio" (JPM 2014), numerical example: N = 100 trials, variance of
    // the trials' annualised Sharpe ratios 1/2, selected annualised Sharpe 2.5, T = 1250 daily observations (five
    // years of 250 days), skewness -3, kurtosis 10. The paper reports E[max SR] (daily) of about 0.1132 and DSR 0.9004.
    // Re-derived by hand as well: sqrt(0.5/250) * (0.4228 * 2.3263 + 0.5772 * 2.6797) = 0.11316;
    // z = (0.15811 - 0.11316) * sqrt(1249) / sqrt(1 + 3 * 0.15811 + 9/4 * 0.025) = 1.2841; Phi(z) = 0.9004.
    private const int DaysPerYear = 250;

    [Fact]
    public void ExpectedMaximumSharpe_PaperExample_0_1132()
    {
        var sr0 = DeflatedSharpeRatio.ExpectedMaximumSharpe(100, 0.5 / DaysPerYear);

        Assert.Equal(0.1132, sr0, 4);
    }

    [Fact]
    public void Probabilistic_PaperExample_0_9004()
    {
        var sr0 = DeflatedSharpeRatio.ExpectedMaximumSharpe(100, 0.5 / DaysPerYear);

        var dsr = DeflatedSharpeRatio.Probabilistic(2.5 / Math.Sqrt(DaysPerYear), sr0, 1250, -3, 10);

        Assert.Equal(0.9004, dsr, 4);
    }

    [Fact]
    public void ExpectedMaximumSharpe_OneTrial_Zero()
    {
        Assert.Equal(0d, DeflatedSharpeRatio.ExpectedMaximumSharpe(1, 0.3));
    }

    [Fact]
    public void Probabilistic_NormalReturnsZeroBenchmark_MatchesClosedForm()
    {
        // Normal returns (skew 0, kurt 3): z = SR * sqrt(T - 1) / sqrt(1 + SR^2 / 2). SR 0.1, T 101 -> z = 0.997509;
        // Phi(1) = 0.841345 minus phi(1) * 0.002491 = 0.000603 gives 0.84074.
        var psr = DeflatedSharpeRatio.Probabilistic(0.1, 0, 101, 0, 3);

        Assert.Equal(0.84074, psr, 5);
    }

    [Fact]
    public void Compute_MoreTrialsSameSharpe_LowerProbability()
    {
        var returns = Enumerable.Range(0, 500).Select(i => 0.001 + (0.01 * Math.Sin(i * 1.7))).ToArray();
        var few = DeflatedSharpeRatio.Compute(returns, [0.05, 0.0, -0.05]);
        var many = DeflatedSharpeRatio.Compute(returns, Enumerable.Range(0, 300).Select(i => 0.05 * Math.Sin(i)).ToArray());

        Assert.True(many.ExpectedMaximumSharpe > few.ExpectedMaximumSharpe);
        Assert.True(many.Probability < few.Probability);
        Assert.Equal(500, many.Observations);
    }

    [Fact]
    public void ReturnMoments_HandWorked_PopulationSkewKurtSampleSd()
    {
        // [1, 2, 3, 4, 10]: mean 4; central moments (1/n) m2 = 10, m3 = 36, m4 = 278.8;
        // skew = 36 / 10^1.5 = 1.1384199576606; kurtosis = 278.8 / 100 = 2.788; sample sd = sqrt(50 / 4) = 3.5355339059.
        var m = ReturnMoments.Of([1, 2, 3, 4, 10]);

        Assert.Equal(4d, m.Mean, 12);
        Assert.Equal(3.5355339059, m.StandardDeviation, 9);
        Assert.Equal(4d / 3.5355339059, m.Sharpe, 9);
        Assert.Equal(1.1384199576606, m.Skewness, 12);
        Assert.Equal(2.788, m.Kurtosis, 12);
    }
}
