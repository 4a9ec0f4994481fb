namespace Backtest.Optimizer.Diagnostics;

/// <summary>One walk-forward window's in-sample (best trial) and out-of-sample scores, in the same unit.</summary>
public readonly record struct WindowPerformance(int Window, double InSample, double OutOfSample);
