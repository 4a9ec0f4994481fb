using Backtest.Optimizer.Parameters;

namespace Backtest.Optimizer.Running;

/// <summary>
/// The outcome of a sweep: every trial of this run ordered by number (including those answered from the store),
/// the best acceptable trial (strictly better wins, so ties go to the lower number), and whether it was cancelled.
/// </summary>
public sealed record SweepResult(
    IReadOnlyList<TrialResult> Trials,
    TrialParameters? Best,
    decimal? BestScore,
    int Executed,
    int Reused,
    int Failed,
    bool Cancelled);
