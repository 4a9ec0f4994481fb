namespace Backtest.Report.Sweep;

/// <summary>
/// One day of a walk-forward's stitched out-of-sample equity: the trading day, the window whose out-of-sample run it
/// belongs to (from 1), and the growth of 1 chained over the windows: a window's first day carries the level the
/// previous window ended at (1 for the first), and each later day that level times the window's own growth so far.
/// </summary>
public readonly record struct StitchedPoint(DateOnly Date, int Window, double Equity);
