namespace Backtest.Algorithms.Signals;

/// <summary>
/// The narrow read-only view of a signal that other parts (a composite, a strategy) consume: the regime as of the
/// last close the signal was updated with. Implementations are updated once per day by their owner.
/// </summary>
public interface IRegimeSignal
{
    /// <summary>The time of the last update (<see cref="DateTime.MinValue"/> before the first one).</summary>
    DateTime Time { get; }

    /// <summary>The regime as of <see cref="Time"/>; <see cref="Regime.Neutral"/> before any decision.</summary>
    Regime Regime { get; }
}
