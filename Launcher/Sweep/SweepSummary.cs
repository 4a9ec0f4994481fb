using System.Globalization;
using Backtest.Optimizer.Diagnostics;
using Backtest.Optimizer.Objectives;
using Backtest.Optimizer.Running;

namespace Backtest.Launcher.Sweep;

/// <summary>
/// The console summary of a sweep: the best trials ranked by the objective (constraints met; ties to the lower trial
/// number), then the overfitting diagnostics. DSR and PBO are probabilities (0..1); the DSR's Sharpe figures are
/// daily, not annualised.
/// </summary>
internal static class SweepSummary
{
    /// <summary>How many ranked trials are printed.</summary>
    public const int TopCount = 10;

    private static readonly string[] Shown = ["Sharpe Ratio", "Net Profit", "Drawdown", "Total Orders"];

    /// <summary>Finished trials meeting every constraint, best first.</summary>
    public static IReadOnlyList<(TrialResult Trial, decimal Score)> Rank(IReadOnlyList<TrialResult> trials, Objective objective)
    {
        var scored = trials
            .Where(t => t.Status == TrialStatus.Finished)
            .Select(t => (Trial: t, Score: objective.Score(t.Statistics)))
            .Where(p => p.Score is not null)
            .Select(p => (p.Trial, Score: p.Score!.Value));
        var ordered = objective.Extremum == Extremum.Max ? scored.OrderByDescending(p => p.Score) : scored.OrderBy(p => p.Score);
        return [.. ordered.ThenBy(p => p.Trial.Number)];
    }

    public static void Print(TextWriter output, IReadOnlyList<TrialResult> trials, Objective objective, SweepDiagnosticsResult diagnostics)
    {
        var ranked = Rank(trials, objective);
        output.WriteLine(Invariant($"Top {Math.Min(TopCount, ranked.Count)} of {ranked.Count} accepted trials by {objective.Target} ({objective.Extremum}):"));
        output.WriteLine("  rank  trial  " + string.Join("  ", Shown.Select(s => s.PadLeft(12))) + "  parameters");
        for (var i = 0; i < Math.Min(TopCount, ranked.Count); i++)
        {
            var trial = ranked[i].Trial;
            var cells = Shown.Select(s => (trial.Statistics.TryGetValue(s, out var v) ? v : "-").PadLeft(12));
            output.WriteLine(Invariant($"  {i + 1,4}  {trial.Number,5}  {string.Join("  ", cells)}  {trial.Parameters.Canonical}"));
        }

        PrintDiagnostics(output, diagnostics);
    }

    private static void PrintDiagnostics(TextWriter output, SweepDiagnosticsResult d)
    {
        output.WriteLine(Invariant($"Trials: {d.Trials} ({d.Finished} finished, {d.Failed} failed)"));
        output.WriteLine(d.DeflatedSharpe is { } dsr
            ? Invariant($"Deflated Sharpe ratio of the best: {dsr.Probability:0.000} (daily Sharpe {dsr.ObservedSharpe:0.0000} vs expected maximum {dsr.ExpectedMaximumSharpe:0.0000} of {dsr.Trials} trials)")
            : "Deflated Sharpe ratio of the best: n/a (no daily returns)");
        output.WriteLine(d.Overfitting is { } pbo
            ? Invariant($"Probability of backtest overfitting: {pbo.Probability:0.000} ({pbo.Blocks} blocks, {pbo.Combinations} combinations)")
            : "Probability of backtest overfitting: n/a (needs two trials with returns)");
        output.WriteLine(d.EdgeParameters.Count == 0
            ? "Edge of range: no (the best value of every parameter lies inside its range)"
            : $"Edge of range: YES for {string.Join(", ", d.EdgeParameters)}; widen the range, the optimum may lie outside it");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
