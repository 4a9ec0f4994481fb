namespace Backtest.Algorithms.Signals;

/// <summary>Parameters of <see cref="StreakSignal"/>.</summary>
/// <param name="Threshold">N: streak length (days) that switches the regime; 1..1000. Default 5 (WORKLOADS.md W1).</param>
/// <param name="MinimumExcess">Minimum daily return difference (fraction, e.g. 0.001 = 10 bp) for a day to count as
/// a win for either side; 0..1. Default 0, which is W1's definition (any positive difference counts).</param>
/// <param name="HoldingDays">Minimum number of updates spent in a regime before it may switch again; 0..10000.
/// Default 0 (no holding period). Leaving <see cref="Regime.Neutral"/> is never delayed.</param>
public sealed record StreakSignalParameters(int Threshold = 5, double MinimumExcess = 0.0, int HoldingDays = 0)
{
    /// <exception cref="ArgumentOutOfRangeException">A parameter is outside its documented range.</exception>
    public void Validate()
    {
        SignalGuard.InRange(Threshold, 1, 1000, nameof(Threshold), "streak length in days that switches the regime");
        SignalGuard.InRange(MinimumExcess, 0.0, 1.0, nameof(MinimumExcess), "minimum daily return difference as a fraction");
        SignalGuard.InRange(HoldingDays, 0, 10000, nameof(HoldingDays), "minimum days in a regime before switching");
    }
}
