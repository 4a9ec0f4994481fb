using Backtest.Optimizer.Objectives;
using Backtest.Optimizer.Parameters;
using Backtest.Optimizer.Running;

namespace Backtest.Optimizer.Diagnostics;

/// <summary>
/// Computes a sweep's overfitting diagnostics from its trials. Every finished trial counts as a trial for the DSR
/// (N = trials with returns). The PBO uses the trials whose return series have the most common length, with
/// <c>maxBlocks</c> (16 by default, as in Bailey et al.) reduced to the largest even count the series allow.
/// </summary>
public static class SweepDiagnostics
{
    public static SweepDiagnosticsResult Compute(IReadOnlyList<TrialResult> trials, ParameterSpace space, Objective objective, int maxBlocks = 16)
    {
        ArgumentNullException.ThrowIfNull(trials);
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(objective);
        var ordered = trials.OrderBy(t => t.Number).ToArray();
        var finished = ordered.Where(t => t.Status == TrialStatus.Finished).ToArray();
        TrialResult? best = null;
        decimal? bestScore = null;
        foreach (var trial in finished)
        {
            if (objective.Score(trial.Statistics) is { } score && objective.IsBetter(score, bestScore))
            {
                best = trial;
                bestScore = score;
            }
        }

        var edges = best is null ? [] : EdgeOfRange.Find(space, best.Parameters);
        return new SweepDiagnosticsResult(
            ordered.Length,
            finished.Length,
            ordered.Length - finished.Length,
            best?.Parameters,
            bestScore,
            Deflated(finished, best),
            Overfitting(finished, maxBlocks),
            edges);
    }

    private static DeflatedSharpeResult? Deflated(TrialResult[] finished, TrialResult? best)
    {
        if (best is null || best.DailyReturns.Count < 2)
        {
            return null;
        }

        var sharpes = finished
            .Where(t => t.DailyReturns.Count > 1)
            .Select(t => ReturnMoments.Of(t.DailyReturns).Sharpe)
            .Where(double.IsFinite)
            .ToArray();
        return sharpes.Length == 0 ? null : DeflatedSharpeRatio.Compute(best.DailyReturns, sharpes);
    }

    private static OverfittingResult? Overfitting(TrialResult[] finished, int maxBlocks)
    {
        var withReturns = finished.Where(t => t.DailyReturns.Count > 1).ToArray();
        if (withReturns.Length < 2)
        {
            return null;
        }

        var length = withReturns
            .GroupBy(t => t.DailyReturns.Count)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Key)
            .First().Key;
        var columns = withReturns.Where(t => t.DailyReturns.Count == length).Select(t => t.DailyReturns).ToArray();
        var blocks = Math.Min(maxBlocks, length) / 2 * 2;
        return columns.Length < 2 || blocks < 2 ? null : ProbabilityOfBacktestOverfitting.Compute(columns, blocks);
    }
}
