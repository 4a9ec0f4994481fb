namespace Backtest.Engine.Indicators;

/// <summary>The moving averages LEAN composite indicators can be built on (a subset of LEAN's enum).</summary>
public enum MovingAverageType
{
    /// <summary>Arithmetic mean of the window.</summary>
    Simple,

    /// <summary>EMA with k = 2 / (n + 1), seeded with the SMA of the first n samples.</summary>
    Exponential,

    /// <summary>Wilder's smoothing, k = 1 / n, seeded with the SMA of the first n samples.</summary>
    Wilders,
}
