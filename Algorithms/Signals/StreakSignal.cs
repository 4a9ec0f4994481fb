namespace Backtest.Algorithms.Signals;

/// <summary>
/// Counts consecutive days on which the small basket's daily return beats the large basket's and vice versa, and
/// switches regime when a streak reaches the threshold (WORKLOADS.md W1). With d = small − large and m the minimum
/// excess: d &gt; m extends the small streak and resets the large one; d &lt; −m the reverse; anything else (equal
/// returns, a difference within ±m, or a NaN return) resets both. Regime at the close: SmallCaps when the small
/// streak ≥ N, LargeTech when the large streak ≥ N, else unchanged; a switch out of a non-neutral regime waits until
/// it has been held for the holding period. O(1) and allocation-free per update; it only sees the returns passed in.
/// Not thread-safe (one instance per backtest).
/// </summary>
public sealed class StreakSignal : IRegimeSignal
{
    private readonly int _threshold;
    private readonly double _minimumExcess;
    private readonly int _holdingDays;

    /// <exception cref="ArgumentOutOfRangeException">A parameter is outside its documented range.</exception>
    public StreakSignal(StreakSignalParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Validate();
        Parameters = parameters;
        _threshold = parameters.Threshold;
        _minimumExcess = parameters.MinimumExcess;
        _holdingDays = parameters.HoldingDays;
    }

    public StreakSignalParameters Parameters { get; }

    public DateTime Time { get; private set; } = DateTime.MinValue;

    public Regime Regime { get; private set; }

    /// <summary>Consecutive days, ending at <see cref="Time"/>, on which small beat large by more than the minimum excess.</summary>
    public int SmallStreak { get; private set; }

    /// <summary>Consecutive days, ending at <see cref="Time"/>, on which large beat small by more than the minimum excess.</summary>
    public int LargeStreak { get; private set; }

    /// <summary>Updates spent in the current regime, counting the update that entered it as 1.</summary>
    public int DaysInRegime { get; private set; }

    /// <summary>True when the last update changed the regime.</summary>
    public bool Changed { get; private set; }

    /// <summary>Feeds the daily returns (fractions, close to close) of both baskets for the day that closes at <paramref name="time"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="time"/> is not after the previous update.</exception>
    public void Update(DateTime time, double smallReturn, double largeReturn)
    {
        SignalGuard.After(Time, time, nameof(StreakSignal));
        Time = time;
        var d = smallReturn - largeReturn;
        // The minimum excess is validated non-negative, so at most one side wins: the winner's streak grows, the other
        // resets, and equal returns, a difference within the dead band or NaN (comparisons with NaN are false) reset
        // both. Written as masks rather than branches: which side wins is a coin flip the CPU cannot predict.
        var smallWins = d > _minimumExcess;
        var largeWins = d < -_minimumExcess;
        SmallStreak = (SmallStreak + 1) & -(smallWins ? 1 : 0);
        LargeStreak = (LargeStreak + 1) & -(largeWins ? 1 : 0);

        DaysInRegime++;
        var target = SmallStreak >= _threshold ? Regime.SmallCaps : LargeStreak >= _threshold ? Regime.LargeTech : Regime;
        var mayLeave = Regime == Regime.Neutral || DaysInRegime > _holdingDays;
        Changed = target != Regime && mayLeave;
        if (Changed)
        {
            Regime = target;
            DaysInRegime = 1;
        }
    }
}
