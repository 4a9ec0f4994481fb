namespace Backtest.Engine.Statistics;

/// <summary>
/// Inputs of <see cref="PortfolioStatisticsCalculator"/> (SEMANTICS.md F.2). Arrays are read, never written.
/// </summary>
public sealed record PortfolioStatisticsInput
{
    /// <summary>Performance list P: daily-sample returns as fractions, first two samples already dropped
    /// (build it with <see cref="LeanSampleSeries.PerformanceList"/>).</summary>
    public required double[] Performance { get; init; }

    /// <summary>Benchmark list B: relative changes aligned with <see cref="Performance"/>
    /// (build it with <see cref="LeanSampleSeries.BenchmarkList"/>).</summary>
    public required double[] Benchmark { get; init; }

    /// <summary>Equity series keys in ascending order (all samples: midnight, intraday and final).</summary>
    public required DateTime[] EquityTimes { get; init; }

    /// <summary>Equity series values (account currency), same length as <see cref="EquityTimes"/>.</summary>
    public required double[] EquityValues { get; init; }

    /// <summary>Starting capital, carrying the decimal scale the run was configured with (100000m prints "100000").</summary>
    public required decimal StartingCapital { get; init; }

    /// <summary>Annual risk-free rate as a fraction (see <see cref="LeanSampleSeries.MeanRiskFreeRate"/>).</summary>
    public double RiskFreeRate { get; init; }

    /// <summary>Trading days per year N (LEAN: 252 for equities).</summary>
    public int TradingDaysPerYear { get; init; } = 252;

    /// <summary>Per closing fill: realised profit minus 2x the closing fee, in time order (F.4).</summary>
    public double[] ClosedTradeProfits { get; init; } = [];

    /// <summary>Portfolio turnover samples (F.6), fractions.</summary>
    public double[] TurnoverSamples { get; init; } = [];

    /// <summary>Decimal scale of the equity values: 4 once any fill has happened (LEAN's TPV then carries the
    /// 4-decimal price scale), the starting cash's scale (usually 0) for a run that never traded.</summary>
    public int EquityScale { get; init; } = 4;
}
