using Backtest.Optimizer.Diagnostics;
using Backtest.Optimizer.Objectives;
using Backtest.Optimizer.Parameters;
using Backtest.Optimizer.Running;
using Backtest.Optimizer.Search;
using Backtest.Optimizer.Store;

namespace Backtest.Optimizer.WalkForward;

/// <summary>
/// Walk-forward optimisation: for each window, a search over the in-sample period, then one out-of-sample trial with
/// the in-sample best. Every trial goes through <see cref="SweepRunner"/> into the one store, scoped by the window's
/// label, so an interrupted walk-forward resumes like any sweep. The trial function receives the period it must
/// restrict itself to; it must not read data after <see cref="TrialPeriod.End"/>.
/// </summary>
public sealed class WalkForwardSweep
{
    private readonly ITrialStore _store;
    private readonly SweepIdentity _identity;
    private readonly Objective _objective;
    private readonly TimeProvider _clock;
    private readonly SweepRunnerOptions _options;

    public WalkForwardSweep(ITrialStore store, SweepIdentity identity, Objective objective, TimeProvider clock, SweepRunnerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(clock);
        _store = store;
        _identity = identity;
        _objective = objective;
        _clock = clock;
        _options = options ?? new SweepRunnerOptions();
    }

    /// <param name="windows">From <see cref="WalkForwardWindows"/>.</param>
    /// <param name="newSearch">Makes a fresh search per window (searches keep state).</param>
    /// <param name="trial">Runs one parameter set over one period; thread-safe.</param>
    public WalkForwardResult Run(
        IReadOnlyList<WalkForwardWindow> windows,
        Func<ISearchStrategy> newSearch,
        Func<TrialParameters, TrialPeriod, CancellationToken, TrialOutcome> trial,
        CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(newSearch);
        ArgumentNullException.ThrowIfNull(trial);
        var results = new List<WalkForwardWindowResult>();
        var cancelled = false;
        foreach (var window in windows)
        {
            var outcome = RunWindow(window, newSearch(), trial, cancellation);
            cancelled = cancellation.IsCancellationRequested;
            if (cancelled)
            {
                break;
            }

            results.Add(outcome);
        }

        return Summarise(results, cancelled);
    }

    private WalkForwardWindowResult RunWindow(
        WalkForwardWindow window,
        ISearchStrategy search,
        Func<TrialParameters, TrialPeriod, CancellationToken, TrialOutcome> trial,
        CancellationToken cancellation)
    {
        var inSample = new TrialPeriod(window.InSampleStart, window.InSampleEnd, false);
        var sweep = Runner(window.Label(false)).Run(search, (p, t) => trial(p, inSample, t), cancellation);
        if (sweep.Best is null || cancellation.IsCancellationRequested)
        {
            return new WalkForwardWindowResult(window, sweep.Trials.Count, null, null, null, null);
        }

        var outOfSample = new TrialPeriod(window.OutOfSampleStart, window.OutOfSampleEnd, true);
        var oos = Runner(window.Label(true)).Run(new FixedSearch([sweep.Best.Renumber(1)]), (p, t) => trial(p, outOfSample, t), cancellation);
        var oosTrial = oos.Trials.Count > 0 ? oos.Trials[0] : null;
        var oosScore = oosTrial is { Status: TrialStatus.Finished } ? StatisticReader.Read(oosTrial.Statistics, _objective.Target) : null;
        return new WalkForwardWindowResult(window, sweep.Trials.Count, sweep.Best, sweep.BestScore, oosTrial, oosScore);
    }

    private SweepRunner Runner(string scope) => new(_store, _identity, _objective, _clock, _options with { Scope = scope });

    private static WalkForwardResult Summarise(List<WalkForwardWindowResult> windows, bool cancelled)
    {
        var returns = new List<double>();
        var equity = new List<double>();
        var level = 1d;
        foreach (var window in windows)
        {
            foreach (var r in window.OutOfSample?.DailyReturns ?? [])
            {
                returns.Add(r);
                level *= 1d + r;
                equity.Add(level);
            }
        }

        var scored = windows
            .Where(w => w.InSampleScore is not null && w.OutOfSampleScore is not null)
            .Select(w => new WindowPerformance(w.Window.Number, (double)w.InSampleScore!.Value, (double)w.OutOfSampleScore!.Value))
            .ToArray();
        var degradation = scored.Length > 0 ? WalkForwardDegradation.Compute(scored) : null;
        return new WalkForwardResult(windows, returns, equity, degradation, cancelled);
    }
}
