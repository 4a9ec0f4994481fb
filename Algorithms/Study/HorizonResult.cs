namespace Backtest.Algorithms.Study;

/// <summary>Forward-return figures for one horizon (trading days): after events, and over every day of the same period.</summary>
public sealed record HorizonResult(int Horizon, ForwardReturnStats Events, ForwardReturnStats Unconditional);
