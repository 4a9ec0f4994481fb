namespace Backtest.Engine.Indicators;

/// <summary>One indicator output: the time of the input that produced it and the value.</summary>
public readonly record struct IndicatorDataPoint(DateTime Time, double Value);
