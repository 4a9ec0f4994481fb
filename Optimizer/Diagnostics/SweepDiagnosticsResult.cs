using Backtest.Optimizer.Parameters;

namespace Backtest.Optimizer.Diagnostics;

/// <summary>
/// What a sweep report states next to the best result: trial counts, the best trial and its target value, the
/// deflated Sharpe ratio of the best trial (null without daily returns), the probability of backtest overfitting
/// (null with fewer than two trials holding equal-length returns), and the parameters whose best value sits on the
/// edge of the searched range.
/// </summary>
public sealed record SweepDiagnosticsResult(
    int Trials,
    int Finished,
    int Failed,
    TrialParameters? Best,
    decimal? BestScore,
    DeflatedSharpeResult? DeflatedSharpe,
    OverfittingResult? Overfitting,
    IReadOnlyList<string> EdgeParameters);
