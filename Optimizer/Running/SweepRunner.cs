using System.Collections.Concurrent;
using Backtest.Optimizer.Objectives;
using Backtest.Optimizer.Parameters;
using Backtest.Optimizer.Search;
using Backtest.Optimizer.Store;

namespace Backtest.Optimizer.Running;

/// <summary>
/// Runs a search's trials in parallel through a trial function. A trial whose key the store already holds as
/// finished is not run again (resume). A trial that throws is recorded as failed and the sweep goes on. On
/// cancellation no new trial starts; running trials see the token and either finish (and are recorded) or throw
/// <see cref="OperationCanceledException"/> (and are not recorded). Results do not depend on the degree of
/// parallelism: each trial is independent, rounds end only when all their trials have, and outputs are ordered by
/// trial number. The trial function must be thread-safe and must not mutate shared data.
/// </summary>
public sealed class SweepRunner
{
    private readonly ITrialStore _store;
    private readonly SweepIdentity _identity;
    private readonly Objective _objective;
    private readonly TimeProvider _clock;
    private readonly SweepRunnerOptions _options;

    public SweepRunner(ITrialStore store, SweepIdentity identity, Objective objective, TimeProvider clock, SweepRunnerOptions? options = null)
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
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(_options.MaxDegreeOfParallelism);
    }

    public SweepResult Run(ISearchStrategy search, Func<TrialParameters, CancellationToken, TrialOutcome> trial, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(trial);
        var tracker = new ProgressTracker(_objective, _clock, _options.Progress);
        var all = new List<TrialResult>();
        var round = search.Start();
        while (round.Count > 0)
        {
            tracker.AddToTotal(round.Count);
            var finished = RunRound(round, trial, tracker, cancellation);
            all.AddRange(finished);
            if (cancellation.IsCancellationRequested)
            {
                break;
            }

            round = search.Next(finished);
        }

        return Summarise(all, tracker, cancellation.IsCancellationRequested);
    }

    private List<TrialResult> RunRound(
        IReadOnlyList<TrialParameters> round,
        Func<TrialParameters, CancellationToken, TrialOutcome> trial,
        ProgressTracker tracker,
        CancellationToken cancellation)
    {
        var results = new ConcurrentBag<TrialResult>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism, CancellationToken = cancellation };
        try
        {
            Parallel.ForEach(
                Partitioner.Create(round, EnumerablePartitionerOptions.NoBuffering),
                options,
                parameters =>
                {
                    // Parallel.ForEach notices a cancelled token only now and then (measured: 80-170 more trials of a
                    // fast sweep started after Ctrl-C), so no new trial starts once cancellation is requested.
                    if (cancellation.IsCancellationRequested)
                    {
                        return;
                    }

                    if (RunOne(parameters, trial, tracker, cancellation) is { } result)
                    {
                        results.Add(result);
                    }
                });
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Cancellation is a normal end: everything that finished is already recorded.
        }

        return [.. results.OrderBy(r => r.Number)];
    }

    private TrialResult? RunOne(
        TrialParameters parameters,
        Func<TrialParameters, CancellationToken, TrialOutcome> trial,
        ProgressTracker tracker,
        CancellationToken cancellation)
    {
        var scope = _options.Scope;
        var key = TrialKey.Compute(parameters, _identity, scope);
        if (_store.TryGetFinished(key) is { } stored)
        {
            var reused = stored with { Parameters = parameters };
            tracker.Completed(reused, executed: false);
            return reused;
        }

        TrialResult result;
        try
        {
            result = TrialResult.Finished(parameters, key, trial(parameters, cancellation), scope);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return null;
        }
#pragma warning disable CA1031 // A failing trial must not stop the sweep: it is recorded with its error.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            result = TrialResult.Failed(parameters, key, ex, scope);
        }

        _store.Record(result);
        tracker.Completed(result, executed: true);
        return result;
    }

    private SweepResult Summarise(List<TrialResult> all, ProgressTracker tracker, bool cancelled)
    {
        var ordered = all.OrderBy(r => r.Number).ToArray();
        TrialParameters? best = null;
        decimal? bestScore = null;
        foreach (var result in ordered)
        {
            if (result.Status == TrialStatus.Finished && _objective.Score(result.Statistics) is { } score && _objective.IsBetter(score, bestScore))
            {
                best = result.Parameters;
                bestScore = score;
            }
        }

        return new SweepResult(ordered, best, bestScore, tracker.Executed, tracker.Reused, tracker.Failed, cancelled);
    }
}
