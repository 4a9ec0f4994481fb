namespace Backtest.Optimizer.Diagnostics;

/// <summary>
/// Walk-forward degradation. <see cref="Ratios"/> holds OOS / IS per window (NaN where IS &lt;= 0, where a ratio
/// means nothing). <see cref="Efficiency"/> is mean OOS / mean IS over all windows (NaN when mean IS &lt;= 0) and
/// <see cref="Degradation"/> = 1 - efficiency: 0 means out of sample kept the in-sample level, 1 means it lost all of it.
/// </summary>
public sealed record DegradationResult(IReadOnlyList<double> Ratios, double MeanInSample, double MeanOutOfSample, double Efficiency, double Degradation);
