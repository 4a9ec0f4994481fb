namespace Backtest.Algorithms.Signals;

/// <summary>Parameters of <see cref="RateCutSignal"/>. Rates and spreads are in percentage points (FRED's unit).</summary>
/// <param name="LookbackDays">Updates (trading days) over which <see cref="RateCutSignal.SpreadChange"/> is measured; 1..1260. Default 63.</param>
/// <param name="PolicyTolerance">A fed funds move larger than this (percentage points) from the level at the last
/// policy change counts as a new change; 0..2. Default 0.20, above the daily noise of the effective rate.</param>
/// <param name="EntrySpread">Enter SmallCaps when the spread (2y − fed funds) is at or below this; −10..10. Default −0.25
/// (the market prices about one cut).</param>
/// <param name="ExitSpread">Leave SmallCaps when the spread is at or above this; must be ≥ <paramref name="EntrySpread"/>
/// (the gap is the hysteresis); −10..10. Default 0.</param>
/// <param name="RequireCutTrend">When true, entering also needs the last policy change to have been a cut. Default false.</param>
/// <param name="OutsideRegime">The regime outside cut pricing (<see cref="Regime.Neutral"/> or <see cref="Regime.LargeTech"/>). Default Neutral.</param>
public sealed record RateCutSignalParameters(
    int LookbackDays = 63,
    double PolicyTolerance = 0.20,
    double EntrySpread = -0.25,
    double ExitSpread = 0.0,
    bool RequireCutTrend = false,
    Regime OutsideRegime = Regime.Neutral)
{
    /// <exception cref="ArgumentOutOfRangeException">A parameter is outside its documented range.</exception>
    public void Validate()
    {
        SignalGuard.InRange(LookbackDays, 1, 1260, nameof(LookbackDays), "days over which the spread change is measured");
        SignalGuard.InRange(PolicyTolerance, 0.0, 2.0, nameof(PolicyTolerance), "fed funds move in percentage points that counts as a policy change");
        SignalGuard.InRange(EntrySpread, -10.0, 10.0, nameof(EntrySpread), "spread in percentage points at or below which SmallCaps is entered");
        SignalGuard.InRange(ExitSpread, EntrySpread, 10.0, nameof(ExitSpread), "spread in percentage points at or above which SmallCaps is left; not below EntrySpread");
        if (OutsideRegime == Regime.SmallCaps || !Enum.IsDefined(OutsideRegime))
        {
            throw new ArgumentOutOfRangeException(nameof(OutsideRegime), OutsideRegime, "OutsideRegime must be Neutral or LargeTech.");
        }
    }
}
