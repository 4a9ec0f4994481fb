using Backtest.Engine.Statistics;

namespace Backtest.Engine.Tests.Statistics;

/// <summary>
/// Each statistic against a straightforward re-computation written here from the formulas in SEMANTICS.md F.4
/// (plain loops; no MathNet, no production helpers).
/// </summary>
public sealed partial class PortfolioStatisticsCalculatorTests
{
    private const int N = 252;

    [Fact]
    public void Compute_RandomSeries_MatchesIndependentFormulas()
    {
        var random = new Random(20131008);
        var p = Enumerable.Range(0, 60).Select(_ => (random.NextDouble() - 0.45) * 0.02).ToArray();
        var b = p.Select(x => 0.8 * x + (random.NextDouble() - 0.5) * 0.004).ToArray();
        const double rf = 0.0075;
        var s = PortfolioStatisticsCalculator.Compute(Input(p, b, rf));

        var annual = Math.Pow(Mean(p) + 1, N) - 1;
        var benchAnnual = Math.Pow(Mean(b) + 1, N) - 1;
        var annualSd = Math.Sqrt(Var(p) * N);
        var beta = Cov(p, b) / Var(b);
        var te = Math.Sqrt(Var(p.Zip(b, (x, y) => x - y).ToArray()) * N);
        var downside = Math.Sqrt(Var(p.Where(x => x < 0).ToArray()) * N);

        Assert.Equal(Var(p) * N, s.AnnualVariance, 1e-12);
        Assert.Equal(annualSd, s.AnnualStandardDeviation, 1e-12);
        Assert.Equal((annual - rf) / annualSd, s.SharpeRatio, 1e-9);
        Assert.Equal((annual - rf) / downside, s.SortinoRatio, 1e-9);
        Assert.Equal(beta, s.Beta, 1e-9);
        Assert.Equal(annual - (rf + beta * (benchAnnual - rf)), s.Alpha, 1e-9);
        Assert.Equal(te, s.TrackingError, 1e-12);
        Assert.Equal((annual - benchAnnual) / te, s.InformationRatio, 1e-9);
        Assert.Equal((annual - rf) / beta, s.TreynorRatio, 1e-9);
        Assert.Equal(Psr(p, rf), (double)s.ProbabilisticSharpeRatio, 1e-9);
    }

    [Fact]
    public void Compute_EquitySeries_NetProfitCarAndDrawdownFollowDefinitions()
    {
        var t0 = new DateTime(2020, 1, 1);
        // Peak 110 on day 2, trough 99 on day 4 (-10%), back to 110 on day 7 (recovery 5 days); a second dip from the
        // day-7 peak (108 on day 40) recovers on day 73 -> 66 days, the longest.
        var times = new[] { 0, 2, 4, 5, 7, 40, 73 }.Select(d => t0.AddDays(d)).ToArray();
        var values = new[] { 100.0, 110, 99, 105, 110, 108, 121 };
        var input = Input([0.01, -0.01, 0.02], [0.0, 0.01, 0.0], 0) with
        {
            EquityTimes = times, EquityValues = values, StartingCapital = 100m,
        };
        var s = PortfolioStatisticsCalculator.Compute(input);

        Assert.Equal(0.21m, s.NetProfit);
        Assert.Equal(Math.Pow(1.21, 365.0 / 73) - 1, (double)s.CompoundingAnnualReturn, 1e-12);
        Assert.Equal(0.100m, s.Drawdown);
        Assert.Equal(66, s.DrawdownRecovery);
        Assert.Equal(121.0000m, s.EndEquity);
    }

    [Fact]
    public void Compute_ClosedTradeProfits_UseRunningCapital()
    {
        // Running capital: 1000 -> +100 (10%) -> 1100 -> -55 (-5%) -> 1045 -> +209 (20%) -> 1254 -> -25.08 (-2%).
        var input = Input([0.01, -0.01], [0.0, 0.01], 0) with
        {
            StartingCapital = 1000m, ClosedTradeProfits = [100, -55, 209, -25.08],
        };
        var s = PortfolioStatisticsCalculator.Compute(input);

        Assert.Equal(0.15m, s.AverageWinRate);
        Assert.Equal(-0.035m, s.AverageLossRate);
        Assert.Equal(0.5m, s.WinRate);
        Assert.Equal(0.5m, s.LossRate);
        Assert.Equal(0.15m / 0.035m, s.ProfitLossRatio);
        Assert.Equal(0.5m * (0.15m / 0.035m) - 0.5m, s.Expectancy);
    }

    [Fact]
    public void Compute_FewerThanTwoReturns_OnlyEquityAndTurnoverAreSet()
    {
        var input = Input([0.01], [0.02], 0.01) with { TurnoverSamples = [0.1, 0.3] };
        var s = PortfolioStatisticsCalculator.Compute(input);

        Assert.Equal(0, s.SharpeRatio);
        Assert.Equal(0m, s.NetProfit);
        Assert.Equal(0m, s.Drawdown);
        Assert.Equal(0.2m, s.PortfolioTurnover);
        Assert.Equal(100000m, s.StartEquity);
    }

    [Fact]
    public void Compute_FlatPerformance_RatiosAndPsrAreZero()
    {
        var s = PortfolioStatisticsCalculator.Compute(Input([0, 0, 0, 0], [0.01, -0.01, 0.02, 0], 0.01));

        Assert.Equal(0, s.SharpeRatio);
        Assert.Equal(0, s.SortinoRatio);
        Assert.Equal(0, s.Beta);
        Assert.Equal(0, s.Alpha);
        Assert.Equal(0, s.TreynorRatio);
        Assert.Equal(0m, s.ProbabilisticSharpeRatio);
        Assert.True(s.TrackingError > 0);
        Assert.True(s.InformationRatio < 0);
    }

    [Fact]
    public void Compute_SingleNegativeReturn_SortinoIsZero()
    {
        var s = PortfolioStatisticsCalculator.Compute(Input([0.01, -0.02, 0.03, 0.01], [0.01, 0.0, 0.02, 0.0], 0));

        Assert.Equal(0, s.SortinoRatio);
        Assert.NotEqual(0, s.SharpeRatio);
    }

    [Fact]
    public void Compute_MismatchedEquityArrays_Throws()
    {
        var input = Input([0.01, 0.02], [0.01, 0.02], 0) with { EquityValues = [1.0] };

        Assert.Throws<ArgumentException>(() => PortfolioStatisticsCalculator.Compute(input));
    }

    private static PortfolioStatisticsInput Input(double[] p, double[] b, double rf) => new()
    {
        Performance = p,
        Benchmark = b,
        EquityTimes = [new DateTime(2020, 1, 1), new DateTime(2020, 1, 2)],
        EquityValues = [100000, 100000],
        StartingCapital = 100000m,
        RiskFreeRate = rf,
    };

    private static double Mean(double[] x)
    {
        var sum = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            sum += x[i];
        }

        return sum / x.Length;
    }

    private static double Var(double[] x) => Cov(x, x);

    private static double Cov(double[] x, double[] y)
    {
        double mx = Mean(x), my = Mean(y), sum = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sum += (x[i] - mx) * (y[i] - my);
        }

        return sum / (x.Length - 1);
    }

    // PSR per SEMANTICS.md F.4 with MathNet's documented skewness/kurtosis formulas and a numerically integrated CDF.
    private static double Psr(double[] p, double rf)
    {
        double n = p.Length, m = Mean(p), m2 = 0, m3 = 0, m4 = 0;
        foreach (var x in p)
        {
            var d = x - m;
            m2 += d * d;
            m3 += d * d * d;
            m4 += d * d * d * d;
        }

        var g3 = n * Math.Sqrt(n - 1) / (n - 2) * m3 / Math.Pow(m2, 1.5);
        var g4 = (n - 1) * ((n + 1) * n * m4 / (m2 * m2) - 3 * (n - 1)) / ((n - 2) * (n - 3));
        var sr = (m - rf / N) / Math.Sqrt(Var(p));
        var sigma = Math.Sqrt((1 - g3 * sr + (g4 - 1) / 4 * sr * sr) / (n - 1));
        return NormalCdf((sr - 1 / Math.Sqrt(N)) / sigma);
    }

    private static double NormalCdf(double z)
    {
        // Simpson's rule on the standard normal density from -12 to z.
        const int steps = 200000;
        var a = -12.0;
        var h = (z - a) / steps;
        var sum = Density(a) + Density(z);
        for (var i = 1; i < steps; i++)
        {
            sum += Density(a + i * h) * (i % 2 == 1 ? 4 : 2);
        }

        return sum * h / 3;
    }

    private static double Density(double x) => Math.Exp(-x * x / 2) / Math.Sqrt(2 * Math.PI);
}
