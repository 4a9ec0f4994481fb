using Backtest.Engine.Statistics;
using Backtest.Report.Analysis;

namespace Backtest.Report.Tests.Analysis;

public sealed class RiskMetricsTests
{
    private static PerformanceSeries Series(int seed, int n)
    {
        var rng = new Random(seed);
        var values = new double[n];
        values[0] = 100;
        for (var i = 1; i < n; i++)
        {
            values[i] = values[i - 1] * (1 + (rng.NextDouble() - 0.48) * 0.03);
        }

        return PerformanceSeries.From(Enumerable.Range(0, n).Select(i => new DateOnly(2020, 1, 1).AddDays(i)).ToArray(), values);
    }

    [Fact]
    public void ImpliedRiskFreeRate_SharpeFromExtendedMetrics_RecoversTheRate()
    {
        var s = Series(11, 500);
        var dates = s.Dates.Select(d => d.ToDateTime(TimeOnly.MinValue)).ToArray();
        var sharpe = ExtendedMetrics.Compute(dates, s.Values, 0.031).Sharpe;
        Assert.Equal(0.031, RiskMetrics.ImpliedRiskFreeRate(s, sharpe), 9);
    }

    [Fact]
    public void Compute_SeriesAgainstItself_BetaOneAlphaZero()
    {
        var s = Series(12, 300);
        var m = RiskMetrics.Compute(s, s, 0.02);
        Assert.Equal(1, m.Beta, 12);
        Assert.Equal(0, m.Alpha, 12);
    }

    [Fact]
    public void ProbabilisticSharpe_SymmetricNormalLikeReturns_MatchesNormalFormula()
    {
        // With skew 0 and kurtosis 3 the PSR reduces to Phi(SR sqrt(n - 1) / sqrt(1 + SR^2 / 2)); alternating returns have skew 0.
        double[] r = [0.02, -0.01, 0.02, -0.01, 0.02, -0.01, 0.02, -0.01];
        var psr = RiskMetrics.ProbabilisticSharpe(r, 0);
        Assert.InRange(psr, 0.5, 1);
        Assert.True(psr > RiskMetrics.ProbabilisticSharpe(r.Select(x => x - 0.004).ToArray(), 0));
    }

    [Fact]
    public void RollingVolatility_FullWindow_EqualsDirectSampleDeviation()
    {
        var s = Series(13, 200);
        var vol = RollingStats.Volatility(s.Returns, 126);
        Assert.True(double.IsNaN(vol[125]));
        var window = s.Returns.Skip(200 - 126).ToArray();
        var mean = window.Average();
        var direct = Math.Sqrt(window.Sum(x => (x - mean) * (x - mean)) / 125) * Math.Sqrt(252);
        Assert.Equal(direct, vol[199], 12);
    }
}
