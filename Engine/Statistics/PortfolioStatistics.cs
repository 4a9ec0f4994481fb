namespace Backtest.Engine.Statistics;

/// <summary>
/// LEAN's portfolio statistics (SEMANTICS.md F.4) for one run. All rates are fractions (0.05 = 5%), not percent.
/// Values LEAN keeps as <c>decimal</c> and prints through decimal rounding are <c>decimal</c> here too, so that
/// <see cref="StatisticsFormatter"/> reproduces LEAN's strings including the printed scale ("0.800%" vs "0%").
/// When fewer than two performance or benchmark points exist (or the starting capital is 0) every value except
/// <see cref="StartEquity"/>, <see cref="EndEquity"/> and <see cref="PortfolioTurnover"/> is 0.
/// </summary>
public sealed record PortfolioStatistics
{
    /// <summary>Mean win of closed-trade records as a fraction of the running capital (F.4).</summary>
    public decimal AverageWinRate { get; init; }

    /// <summary>Mean loss of closed-trade records as a fraction of the running capital; negative or 0.</summary>
    public decimal AverageLossRate { get; init; }

    /// <summary>AverageWinRate / |AverageLossRate|, 0 when there is no loss.</summary>
    public decimal ProfitLossRatio { get; init; }

    /// <summary>Fraction of closed-trade records with profit &gt; 0.</summary>
    public decimal WinRate { get; init; }

    /// <summary>Fraction of closed-trade records with profit &lt;= 0.</summary>
    public decimal LossRate { get; init; }

    /// <summary>WinRate x ProfitLossRatio - LossRate.</summary>
    public decimal Expectancy { get; init; }

    /// <summary>Starting capital in account currency.</summary>
    public decimal StartEquity { get; init; }

    /// <summary>Last equity value in account currency, carrying LEAN's decimal scale (see <see cref="LeanDecimal"/>).</summary>
    public decimal EndEquity { get; init; }

    /// <summary>(End / Start)^(365 / days) - 1, days between the first and last equity key; fraction.</summary>
    public decimal CompoundingAnnualReturn { get; init; }

    /// <summary>Largest peak-to-trough fall of the equity series, a positive fraction rounded to 3 decimals.</summary>
    public decimal Drawdown { get; init; }

    /// <summary>Longest recovered drawdown in whole days (an unrecovered final drawdown does not count).</summary>
    public int DrawdownRecovery { get; init; }

    /// <summary>End / Start - 1, fraction.</summary>
    public decimal NetProfit { get; init; }

    /// <summary>Annualised Sharpe ratio: (annual performance - rf) / annual standard deviation.</summary>
    public double SharpeRatio { get; init; }

    /// <summary>Annualised Sortino ratio over the negative daily returns.</summary>
    public double SortinoRatio { get; init; }

    /// <summary>Probability (0..1) that the true Sharpe exceeds an annual Sharpe of 1.</summary>
    public decimal ProbabilisticSharpeRatio { get; init; }

    /// <summary>Jensen's alpha, annual fraction.</summary>
    public double Alpha { get; init; }

    /// <summary>cov(P, B) / var(B) on daily changes.</summary>
    public double Beta { get; init; }

    /// <summary>sqrt(var(P) x N), annualised, fraction.</summary>
    public double AnnualStandardDeviation { get; init; }

    /// <summary>var(P) x N, annualised.</summary>
    public double AnnualVariance { get; init; }

    /// <summary>(annual performance - benchmark annual performance) / tracking error.</summary>
    public double InformationRatio { get; init; }

    /// <summary>sqrt(var(P - B) x N), annualised, fraction.</summary>
    public double TrackingError { get; init; }

    /// <summary>(annual performance - rf) / Beta.</summary>
    public double TreynorRatio { get; init; }

    /// <summary>Mean of the portfolio turnover samples (F.6), fraction per sample.</summary>
    public decimal PortfolioTurnover { get; init; }

    /// <summary>(mean(P) + 1)^N - 1, the annual performance used by the ratios.</summary>
    public double AnnualPerformance { get; init; }

    /// <summary>(mean(B) + 1)^N - 1.</summary>
    public double BenchmarkAnnualPerformance { get; init; }

    /// <summary>The annual risk-free rate (fraction) the ratios used.</summary>
    public double RiskFreeRate { get; init; }
}
