namespace Backtest.Algorithms.Signals;

/// <summary>
/// A weighted vote of member signals' regimes: SmallCaps counts +1, LargeTech −1, Neutral 0. The score is
/// Σ wᵢ·voteᵢ / Σ wᵢ in [−1, 1]; the regime is SmallCaps at score ≥ threshold, LargeTech at score ≤ −threshold,
/// else Neutral. The members are read, never updated: their owner updates them for the close first, and
/// <see cref="Update"/> refuses a member that is not at the same time (a stale or future value). O(1) in time per
/// member and allocation-free per update; not thread-safe.
/// </summary>
public sealed class CompositeSignal : IRegimeSignal
{
    private readonly IRegimeSignal[] _members;
    private readonly double[] _weights;
    private readonly double _total;
    private readonly double _threshold;

    /// <exception cref="ArgumentException">The number of weights differs from the number of members.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is outside its documented range.</exception>
    public CompositeSignal(IReadOnlyList<IRegimeSignal> members, CompositeSignalParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Validate();
        if (members.Count != parameters.Weights.Count)
        {
            throw new ArgumentException($"{members.Count} member signals but {parameters.Weights.Count} weights; give one weight per member.", nameof(parameters));
        }

        Parameters = parameters;
        _members = [.. members];
        _weights = [.. parameters.Weights];
        _total = _weights.Sum();
        _threshold = parameters.Threshold;
    }

    public CompositeSignalParameters Parameters { get; }

    public DateTime Time { get; private set; } = DateTime.MinValue;

    public Regime Regime { get; private set; }

    /// <summary>The normalised weighted vote in [−1, 1] as of <see cref="Time"/>; 0 before the first update.</summary>
    public double Score { get; private set; }

    /// <summary>+1 for SmallCaps, −1 for LargeTech, 0 for Neutral.</summary>
    public static int VoteOf(Regime regime) => regime switch
    {
        Regime.SmallCaps => 1,
        Regime.LargeTech => -1,
        _ => 0,
    };

    /// <summary>Combines the members' regimes as of the close at <paramref name="time"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="time"/> is not after the previous update.</exception>
    /// <exception cref="InvalidOperationException">A member was not updated at <paramref name="time"/>.</exception>
    public void Update(DateTime time)
    {
        SignalGuard.After(Time, time, nameof(CompositeSignal));
        var score = 0.0;
        for (var i = 0; i < _members.Length; i++)
        {
            if (_members[i].Time != time)
            {
                throw new InvalidOperationException(
                    $"Member signal {i} ({_members[i].GetType().Name}) is at {_members[i].Time:O}, not {time:O}; update every member for the close before the composite.");
            }

            score += _weights[i] * VoteOf(_members[i].Regime);
        }

        Time = time;
        Score = score / _total;
        Regime = Score >= _threshold ? Regime.SmallCaps : Score <= -_threshold ? Regime.LargeTech : Regime.Neutral;
    }
}
