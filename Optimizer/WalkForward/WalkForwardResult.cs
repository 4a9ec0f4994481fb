using Backtest.Optimizer.Diagnostics;

namespace Backtest.Optimizer.WalkForward;

/// <summary>
/// A walk-forward run: per-window results, the out-of-sample daily returns stitched in window order (fractions),
/// the equity curve they compound to (starting at 1, one point per return), the OOS-versus-IS degradation over
/// windows with both scores (null when there are none), and whether the run was cancelled.
/// </summary>
public sealed record WalkForwardResult(
    IReadOnlyList<WalkForwardWindowResult> Windows,
    IReadOnlyList<double> StitchedReturns,
    IReadOnlyList<double> StitchedEquity,
    DegradationResult? Degradation,
    bool Cancelled);
