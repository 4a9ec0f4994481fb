namespace Backtest.Optimizer.WalkForward;

/// <summary>
/// Walk-forward windows, in periods of the time axis (trading days for daily data). Rolling: every in-sample window
/// has <see cref="InSampleLength"/> periods and moves by <see cref="Step"/>. Anchored: every in-sample window starts
/// at the first period and grows by <see cref="Step"/>. <see cref="Step"/> defaults to the out-of-sample length, so
/// out-of-sample windows tile the axis; it may not be smaller (out-of-sample windows would overlap).
/// </summary>
public sealed record WalkForwardOptions(int InSampleLength, int OutOfSampleLength, int? Step = null, bool Anchored = false)
{
    public int EffectiveStep => Step ?? OutOfSampleLength;
}
