using MathNet.Numerics.Distributions;
using StreamingStats = MathNet.Numerics.Statistics.StreamingStatistics;
using SampleStats = MathNet.Numerics.Statistics.Statistics;

namespace Backtest.Engine.Statistics;

/// <summary>
/// LEAN's PortfolioStatistics (SEMANTICS.md F.2-F.4). Moments use MathNet.Numerics' sample estimators over
/// enumerables, the same code path LEAN takes with its <c>List&lt;double&gt;</c> inputs, so the last bits agree.
/// Pure function; thread-safe.
/// </summary>
public static class PortfolioStatisticsCalculator
{
    /// <summary>Computes every statistic. Never throws for NaN input: NaN results become 0 as in LEAN.</summary>
    /// <exception cref="ArgumentException">Equity times and values differ in length.</exception>
    public static PortfolioStatistics Compute(PortfolioStatisticsInput input)
    {
        if (input.EquityTimes.Length != input.EquityValues.Length)
        {
            throw new ArgumentException("Equity times and values must have the same length.", nameof(input));
        }

        var endEquity = input.EquityValues.Length == 0
            ? input.StartingCapital
            : LeanDecimal.WithScale(input.EquityValues[^1], input.EquityScale);
        var turnover = Mean(input.TurnoverSamples);
        var basic = new PortfolioStatistics
        {
            StartEquity = input.StartingCapital,
            EndEquity = endEquity,
            PortfolioTurnover = LeanDecimal.Safe(double.IsNaN(turnover) ? 0 : turnover),
            // The rate used is part of the record even when the series are too short for ratios.
            RiskFreeRate = input.RiskFreeRate,
        };
        if (input.StartingCapital == 0 || input.Performance.Length < 2 || input.Benchmark.Length < 2)
        {
            return basic;
        }

        return WithReturnStatistics(WithTradeStatistics(WithEquityStatistics(basic, input), input), input);
    }

    private static PortfolioStatistics WithEquityStatistics(PortfolioStatistics s, PortfolioStatisticsInput input)
    {
        var drawdown = DrawdownMetrics.Compute(input.EquityTimes, input.EquityValues);
        var years = input.EquityTimes.Length == 0 ? 0 : (input.EquityTimes[^1] - input.EquityTimes[0]).TotalDays / 365;
        return s with
        {
            NetProfit = s.EndEquity / s.StartEquity - 1,
            CompoundingAnnualReturn = CompoundingAnnualReturn((double)s.StartEquity, (double)s.EndEquity, years),
            // LEAN rounds the drawdown as a decimal to 3 places; an exact 0 stays scale 0 and prints "0%".
            Drawdown = drawdown.MaxDrawdown == 0 ? 0m : LeanDecimal.WithScale(drawdown.MaxDrawdown, 3),
            DrawdownRecovery = drawdown.RecoveryDays,
        };
    }

    private static decimal CompoundingAnnualReturn(double start, double end, double years)
    {
        if (years == 0 || start == 0)
        {
            return 0m;
        }

        var car = Math.Pow(end / start, 1 / years) - 1;
        return LeanDecimal.Safe(car);
    }

    private static PortfolioStatistics WithTradeStatistics(PortfolioStatistics s, PortfolioStatisticsInput input)
    {
        var capital = input.StartingCapital;
        decimal winSum = 0m, lossSum = 0m;
        int wins = 0, losses = 0;
        foreach (var raw in input.ClosedTradeProfits)
        {
            var profit = LeanDecimal.Safe(raw);
            if (profit > 0)
            {
                winSum += profit / capital;
                wins++;
            }
            else
            {
                lossSum += profit / capital;
                losses++;
            }

            capital += profit;
        }

        var count = input.ClosedTradeProfits.Length;
        var averageWin = wins == 0 ? 0m : winSum / wins;
        var averageLoss = losses == 0 ? 0m : lossSum / losses;
        var ratio = averageLoss == 0 ? 0m : averageWin / Math.Abs(averageLoss);
        var winRate = count == 0 ? 0m : (decimal)wins / count;
        var lossRate = count == 0 ? 0m : (decimal)losses / count;
        return s with
        {
            AverageWinRate = averageWin,
            AverageLossRate = averageLoss,
            ProfitLossRatio = ratio,
            WinRate = winRate,
            LossRate = lossRate,
            Expectancy = winRate * ratio - lossRate,
        };
    }

    private static PortfolioStatistics WithReturnStatistics(PortfolioStatistics s, PortfolioStatisticsInput input)
    {
        var p = input.Performance;
        var b = input.Benchmark;
        var n = input.TradingDaysPerYear;
        var rf = input.RiskFreeRate;
        var annualVariance = AnnualVariance(p, n);
        var annualSd = Math.Sqrt(annualVariance);
        var annual = Math.Pow(Mean(p) + 1, n) - 1;
        var benchmarkAnnual = Math.Pow(Mean(b) + 1, n) - 1;
        var benchmarkVariance = StreamingStats.Variance(b);
        var beta = IsNaNOrZero(benchmarkVariance) ? 0 : Finite(StreamingStats.Covariance(p, b) / benchmarkVariance);
        var trackingError = TrackingError(p, b, n);
        var downside = Math.Sqrt(AnnualVariance(Negatives(p), n));
        return s with
        {
            AnnualVariance = annualVariance,
            AnnualStandardDeviation = annualSd,
            AnnualPerformance = annual,
            BenchmarkAnnualPerformance = benchmarkAnnual,
            RiskFreeRate = rf,
            SharpeRatio = annualSd == 0 ? 0 : Finite((annual - rf) / annualSd),
            SortinoRatio = downside == 0 ? 0 : Finite((annual - rf) / downside),
            Beta = beta,
            Alpha = beta == 0 ? 0 : Finite(annual - (rf + beta * (benchmarkAnnual - rf))),
            TrackingError = trackingError,
            InformationRatio = trackingError == 0 ? 0 : Finite((annual - benchmarkAnnual) / trackingError),
            TreynorRatio = beta == 0 ? 0 : Finite((annual - rf) / beta),
            ProbabilisticSharpeRatio = LeanDecimal.Safe(ProbabilisticSharpeRatio(p, rf, n)),
        };
    }

    /// <summary>PSR against an annual Sharpe of 1 de-annualised with sqrt(N) (F.4); 0 when sigma is NaN.</summary>
    internal static double ProbabilisticSharpeRatio(double[] p, double rf, int n)
    {
        var benchmarkSharpe = 1.0 / Math.Sqrt(n);
        var sd = StreamingStats.StandardDeviation(p);
        var observed = IsNaNOrZero(sd) ? 0 : (Mean(p) - rf / n) / sd;
        var skewness = SampleStats.Skewness(p);
        var kurtosis = SampleStats.Kurtosis(p);
        var sigma = Math.Sqrt((1 - skewness * observed + (kurtosis - 1) / 4 * observed * observed) / (p.Length - 1));
        if (double.IsNaN(sigma))
        {
            return 0;
        }

        var z = sigma == 0 ? 0 : (observed - benchmarkSharpe) / sigma;
        return Normal.CDF(0, 1, z);
    }

    private static double AnnualVariance(IEnumerable<double> values, int n)
    {
        var variance = StreamingStats.Variance(values);
        return IsNaNOrZero(variance) ? 0 : variance * n;
    }

    private static double TrackingError(double[] p, double[] b, int n)
    {
        if (p.Length != b.Length)
        {
            return 0;
        }

        var difference = new double[p.Length];
        for (var i = 0; i < p.Length; i++)
        {
            difference[i] = p[i] - b[i];
        }

        return Math.Sqrt(AnnualVariance(difference, n));
    }

    private static List<double> Negatives(double[] p)
    {
        var negatives = new List<double>();
        foreach (var value in p)
        {
            if (value < 0)
            {
                negatives.Add(value);
            }
        }

        return negatives;
    }

    /// <summary>Arithmetic mean by a plain running sum (LINQ Average's order); NaN for empty input.</summary>
    internal static double Mean(double[] values)
    {
        if (values.Length == 0)
        {
            return double.NaN;
        }

        var sum = 0.0;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum / values.Length;
    }

    private static bool IsNaNOrZero(double value) => double.IsNaN(value) || value == 0;

    private static double Finite(double value) => double.IsNaN(value) || double.IsInfinity(value) ? 0 : value;
}
