using Backtest.Optimizer.Parameters;
using Backtest.Optimizer.Running;

namespace Backtest.Optimizer.WalkForward;

/// <summary>
/// One window's outcome: the best acceptable in-sample trial and its target value (null when none was acceptable,
/// in which case nothing ran out of sample), and the out-of-sample trial of those parameters with its raw target
/// value (read without constraints, so degradation sees every window that ran).
/// </summary>
public sealed record WalkForwardWindowResult(
    WalkForwardWindow Window,
    int InSampleTrials,
    TrialParameters? InSampleBest,
    decimal? InSampleScore,
    TrialResult? OutOfSample,
    decimal? OutOfSampleScore);
