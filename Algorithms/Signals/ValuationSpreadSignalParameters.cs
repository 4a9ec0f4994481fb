namespace Backtest.Algorithms.Signals;

/// <summary>Parameters of <see cref="ValuationSpreadSignal"/>. Z-scores are in standard deviations.</summary>
/// <param name="Window">Updates (trading days) in the rolling window of the z-score; 2..10000. Default 756 (about 3 years).</param>
/// <param name="EntryZ">Enter SmallCaps when z ≤ −EntryZ (small caps cheap) and LargeTech when z ≥ +EntryZ; 0..10. Default 1.</param>
/// <param name="ExitZ">Leave SmallCaps when z ≥ −ExitZ and LargeTech when z ≤ +ExitZ, back to Neutral; 0..EntryZ.
/// Default 0 (leave when the spread crosses its mean). The gap to EntryZ is the hysteresis.</param>
public sealed record ValuationSpreadSignalParameters(int Window = 756, double EntryZ = 1.0, double ExitZ = 0.0)
{
    /// <exception cref="ArgumentOutOfRangeException">A parameter is outside its documented range.</exception>
    public void Validate()
    {
        SignalGuard.InRange(Window, 2, 10000, nameof(Window), "updates in the rolling z-score window");
        SignalGuard.InRange(EntryZ, 0.0, 10.0, nameof(EntryZ), "z-score in standard deviations that enters a regime");
        SignalGuard.InRange(ExitZ, 0.0, EntryZ, nameof(ExitZ), "z-score in standard deviations that leaves a regime; not above EntryZ");
    }
}
