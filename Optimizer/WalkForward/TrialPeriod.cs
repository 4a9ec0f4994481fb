namespace Backtest.Optimizer.WalkForward;

/// <summary>The inclusive date range a walk-forward trial runs over, and whether it is the out-of-sample part.</summary>
public readonly record struct TrialPeriod(DateOnly Start, DateOnly End, bool OutOfSample);
