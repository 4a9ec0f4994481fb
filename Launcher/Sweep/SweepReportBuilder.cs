using System.Globalization;
using Backtest.Optimizer;
using Backtest.Optimizer.Diagnostics;
using Backtest.Optimizer.Objectives;
using Backtest.Optimizer.Running;
using Backtest.Optimizer.Store;
using Backtest.Optimizer.WalkForward;
using Backtest.Report.Sweep;

namespace Backtest.Launcher.Sweep;

/// <summary>
/// Turns a sweep's stored trials, plan and diagnostics into the report's input: ranks from
/// <see cref="SweepSummary.Rank"/>, raw target values from <see cref="StatisticReader"/> (fractions for percent
/// statistics), and every diagnostic with its figure or the reason it could not be computed. <c>dates</c> are the
/// trading days the shown trials ran over (null: unknown, the report counts days); <c>stitched</c> is a walk-forward's
/// dated out-of-sample equity.
/// </summary>
internal static class SweepReportBuilder
{
    public static SweepReportInput Build(
        string algorithm,
        IReadOnlyList<TrialResult> trials,
        SweepPlan plan,
        SweepDiagnosticsResult diagnostics,
        IReadOnlyDictionary<int, string> tearSheets,
        IReadOnlyList<KeyValuePair<string, string>> facts,
        WalkForwardResult? walkForward = null,
        IReadOnlyList<DateOnly>? dates = null,
        IReadOnlyList<StitchedPoint>? stitched = null)
    {
        var objective = plan.Objective;
        var ranks = SweepSummary.Rank(trials, objective).Select((p, i) => (p.Trial.Number, Rank: i + 1)).ToDictionary(p => p.Number, p => p.Rank);
        var rows = trials.Select(t => new SweepReportTrial(
            t.Number,
            ranks.TryGetValue(t.Number, out var rank) ? rank : null,
            [.. t.Parameters.Values.Select(v => new KeyValuePair<string, string>(v.Name, v.Text))],
            t.Status == TrialStatus.Finished,
            t.Error,
            t.Statistics,
            (double?)StatisticReader.Read(t.Statistics, objective.Target),
            t.DailyReturns,
            tearSheets.GetValueOrDefault(t.Number))).ToArray();
        var names = plan.Space.Dimensions.Select(d => d.Name).ToArray();
        return new SweepReportInput(algorithm, objective.Target, objective.Extremum == Extremum.Max, names, rows,
            Diagnostics(trials, diagnostics, walkForward?.Degradation), facts, walkForward is null ? null : Windows(walkForward), dates, stitched);
    }

    /// <summary>The header lines every sweep report carries: search, constraints and the sweep's identity.</summary>
    public static KeyValuePair<string, string>[] Facts(SweepPlan plan, SweepIdentity identity) =>
    [
        new("Search", plan.Search.ToString()),
        new("Constraints", plan.Objective.Constraints.Count == 0 ? "(none)"
            : string.Join("; ", plan.Objective.Constraints.Select(c => Invariant($"{c.Target} {c.Operator} {c.Value}")))),
        new("Data fingerprint", identity.DataFingerprint),
        new("Strategy version", identity.StrategyVersion + " (engine " + identity.EngineVersion + ")"),
    ];

    private static SweepReportWindow[] Windows(WalkForwardResult result) => [.. result.Windows.Select(w => new SweepReportWindow(
        w.Window.Number, w.Window.InSampleStart, w.Window.InSampleEnd, w.Window.OutOfSampleStart, w.Window.OutOfSampleEnd, w.InSampleTrials,
        w.InSampleBest is null ? string.Empty : string.Join("; ", w.InSampleBest.Values.Select(v => v.Name + " = " + v.Text)),
        (double?)w.InSampleScore, (double?)w.OutOfSampleScore))];

    /// <summary>The figures next to the best result; walk-forward degradation only exists for walk-forward sweeps.</summary>
    public static SweepReportDiagnostics Diagnostics(IReadOnlyList<TrialResult> trials, SweepDiagnosticsResult d, DegradationResult? degradation = null)
    {
        var withReturns = trials.Count(t => t.Status == TrialStatus.Finished && t.DailyReturns.Count > 1);
        var dsr = d.DeflatedSharpe is { } s
            ? new SweepFigure(s.Probability, Invariant($"daily Sharpe {s.ObservedSharpe:0.0000} vs expected maximum {s.ExpectedMaximumSharpe:0.0000} of {s.Trials} trials"))
            : SweepFigure.NotAvailable(d.Best is null ? "no accepted trial" : "the best trial has no daily returns, or no trial has a finite Sharpe ratio");
        var pbo = d.Overfitting is { } o
            ? new SweepFigure(o.Probability, Invariant($"{o.Blocks} blocks, {o.Combinations} combinations, {o.RowsUsed} days"))
            : SweepFigure.NotAvailable(withReturns < 2
                ? Invariant($"needs at least two finished trials with daily returns, has {withReturns}")
                : "the return series are too short or of unequal lengths");
        var wf = degradation is { } g
            ? (double.IsFinite(g.Degradation)
                ? new SweepFigure(g.Degradation, Invariant($"mean OOS {g.MeanOutOfSample:0.####} vs mean IS {g.MeanInSample:0.####} over {g.Ratios.Count} windows"))
                : SweepFigure.NotAvailable("the mean in-sample target is not positive"))
            : SweepFigure.NotAvailable("not a walk-forward sweep");
        var edgeNote = d.Best is null ? "no accepted trial"
            : d.EdgeParameters.Count == 0 ? "every best value lies inside its range" : "widen the range: the optimum may lie outside it";
        return new SweepReportDiagnostics(d.Trials, d.Finished, d.Failed, dsr, pbo, d.Best is null ? null : d.EdgeParameters, edgeNote, wf);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
