using System.Globalization;
using Backtest.Launcher.Errors;
using Backtest.Optimizer;
using Backtest.Optimizer.Diagnostics;
using Backtest.Optimizer.Running;
using Backtest.Optimizer.Store;
using Backtest.Optimizer.WalkForward;
using Backtest.Report.Sweep;

namespace Backtest.Launcher.Sweep;

/// <summary>
/// The walk-forward report's input, shared by the sweep and by <c>backtest report &lt;sweep folder&gt;</c> so both
/// write the same page: the windows, the degradation, the stitched out-of-sample equity, and the trials of the last
/// window's in-sample search (the parameters one would trade next) dated by that in-sample period. <see cref="Replay"/>
/// rebuilds the walk-forward's result from the store alone.
/// </summary>
internal static class WalkForwardReport
{
    /// <summary>Gives the tear-sheet links (trial number to relative path) for ranked trials run over a period.</summary>
    public delegate IReadOnlyDictionary<int, string> Links(IReadOnlyList<TrialResult> ranked, TrialPeriod period);

    /// <param name="stored">Every trial in the store.</param>
    /// <param name="periods">The walk-forward period's trading days (the windows index into them).</param>
    public static SweepReportInput Input(string algorithm, SweepPlan plan, SweepIdentity identity, IReadOnlyList<TrialResult> stored,
        WalkForwardResult result, IReadOnlyList<DateOnly> periods, Links links)
    {
        var shown = (result.Windows.LastOrDefault(w => w.InSampleBest is not null) ?? result.Windows[^1]).Window;
        var scope = shown.Label(false);
        var trials = stored.Where(t => string.Equals(t.Scope, scope, StringComparison.Ordinal)).ToArray();
        var diagnostics = SweepDiagnostics.Compute(trials, plan.Space, plan.Objective);
        var ranked = SweepSummary.Rank(trials, plan.Objective).Select(p => p.Trial).ToArray();
        var tearSheets = links(ranked, new TrialPeriod(shown.InSampleStart, shown.InSampleEnd, false));
        var facts = SweepReportBuilder.Facts(plan, identity).Append(new("Trials shown", string.Create(CultureInfo.InvariantCulture,
            $"window {shown.Number} in sample, {shown.InSampleStart:yyyy-MM-dd} to {shown.InSampleEnd:yyyy-MM-dd}"))).ToArray();
        var dates = periods.Skip(shown.InSampleFirst).Take(shown.InSampleLast - shown.InSampleFirst + 1).ToArray();
        return SweepReportBuilder.Build(algorithm, trials, plan, diagnostics, tearSheets, facts, result, dates, WalkForwardCurve.Build(result, periods));
    }

    /// <summary>
    /// The walk-forward's result from the store alone: the same windows and searches replayed with every trial taken
    /// from the store (a stored failure fails again), nothing run and nothing written.
    /// </summary>
    /// <exception cref="ConfigException">The store has no recorded trading days, or misses a trial the walk-forward
    /// needs (it was interrupted): the sweep must be run (again) to finish it.</exception>
    public static WalkForwardResult Replay(SqliteTrialStore store, SweepIdentity identity, SweepPlan plan, IReadOnlyList<WalkForwardWindow> windows,
        string folder, TimeProvider clock)
    {
        var replay = new ReplayStore(store);
        var result = new WalkForwardSweep(replay, identity, plan.Objective, clock, new SweepRunnerOptions { MaxDegreeOfParallelism = 1 })
            .Run(windows, plan.CreateSearch, (_, _, _) => throw new InvalidOperationException("replayed trial"), CancellationToken.None);
        return replay.Missing is { } key
            ? throw ConfigException.At(null, "report", folder, $"the walk-forward in {folder} is incomplete (trial {key} is not in its store)",
                "Finish it with 'backtest sweep --config <the sweep's config>' (stored trials are reused), which also writes the report")
            : result;
    }

    /// <summary>Reads through to the store and records nothing; notes the first key the replay needed but the store lacks.</summary>
    private sealed class ReplayStore(ITrialStore inner) : ITrialStore
    {
        private readonly HashSet<string> _keys = [.. inner.ReadAll().Select(t => t.Key)];
        private readonly Lock _gate = new();

        public string? Missing { get; private set; }

        public TrialResult? TryGetFinished(string key) => inner.TryGetFinished(key);

        public void Record(TrialResult result)
        {
            lock (_gate)
            {
                if (!_keys.Contains(result.Key))
                {
                    Missing ??= result.Key;
                }
            }
        }

        public IReadOnlyList<TrialResult> ReadAll() => inner.ReadAll();

        public void Dispose()
        {
            // The inner store belongs to the caller.
        }
    }
}
