namespace Backtest.Engine.Backtesting;

/// <summary>One point of a sampled series: New York time and value (units given by the series).</summary>
public readonly record struct TimeSample(DateTime Time, double Value);
