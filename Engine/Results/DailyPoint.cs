namespace Backtest.Engine.Results;

/// <summary>One trading day's closing portfolio value and benchmark price (NaN when the benchmark has no sample).</summary>
public readonly record struct DailyPoint(DateOnly Date, double Equity, double Benchmark);
