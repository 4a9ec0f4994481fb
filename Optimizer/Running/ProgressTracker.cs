using Backtest.Optimizer.Objectives;
using Backtest.Optimizer.Parameters;

namespace Backtest.Optimizer.Running;

/// <summary>Counts finished trials, keeps the best so far and sends <see cref="SweepProgress"/>; thread-safe.</summary>
internal sealed class ProgressTracker
{
    private readonly Objective _objective;
    private readonly TimeProvider _clock;
    private readonly Action<SweepProgress>? _sink;
    private readonly long _started;
    private readonly Lock _gate = new();
    private int _total;
    private int _completed;
    private TrialParameters? _best;
    private decimal? _bestScore;

    public ProgressTracker(Objective objective, TimeProvider clock, Action<SweepProgress>? sink)
    {
        _objective = objective;
        _clock = clock;
        _sink = sink;
        _started = clock.GetTimestamp();
    }

    public int Executed { get; private set; }

    public int Reused { get; private set; }

    public int Failed { get; private set; }

    public void AddToTotal(int count)
    {
        lock (_gate)
        {
            _total += count;
        }
    }

    public void Completed(TrialResult result, bool executed)
    {
        lock (_gate)
        {
            _completed++;
            Executed += executed ? 1 : 0;
            Reused += executed ? 0 : 1;
            Failed += result.Status == Running.TrialStatus.Failed ? 1 : 0;
            if (result.Status == Running.TrialStatus.Finished && _objective.Score(result.Statistics) is { } score
                && (_objective.IsBetter(score, _bestScore) || (score == _bestScore && result.Number < _best!.Number)))
            {
                _best = result.Parameters;
                _bestScore = score;
            }

            _sink?.Invoke(Snapshot());
        }
    }

    private SweepProgress Snapshot()
    {
        var elapsed = _clock.GetElapsedTime(_started);
        var rate = Executed > 0 && elapsed > TimeSpan.Zero ? Executed / elapsed.TotalSeconds : 0d;
        TimeSpan? eta = rate > 0 ? TimeSpan.FromSeconds((_total - _completed) / rate) : null;
        return new SweepProgress(_completed, _total, Failed, Reused, elapsed, rate, eta, _best, _bestScore);
    }
}
