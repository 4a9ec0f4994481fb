namespace Backtest.Optimizer.Diagnostics;

/// <summary>The per-trial performance measure CSCV ranks trials by.</summary>
public enum PerformanceMetric
{
    /// <summary>Mean / sample standard deviation (per period); zero spread ranks by the sign of the mean.</summary>
    Sharpe,

    /// <summary>Mean return per period.</summary>
    Mean,
}
