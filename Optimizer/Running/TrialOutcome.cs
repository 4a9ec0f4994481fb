namespace Backtest.Optimizer.Running;

/// <summary>
/// What a trial function returns: the statistics under LEAN's names with LEAN's text values ("1.234", "28.2%"),
/// and optionally the daily returns (fractions, not percent) the overfitting diagnostics need.
/// </summary>
public sealed record TrialOutcome(IReadOnlyDictionary<string, string> Statistics, IReadOnlyList<double>? DailyReturns = null);
