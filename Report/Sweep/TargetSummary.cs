namespace Backtest.Report.Sweep;

/// <summary>The target over the finished trials that share one value of a parameter: count, mean, min and max.</summary>
internal readonly record struct TargetSummary(string Value, int Count, double Mean, double Min, double Max);
