using Backtest.Algorithms.Signals;
using Backtest.Engine.Algorithm;
using Backtest.Engine.Parameters;

namespace Backtest.Algorithms.Strategies;

/// <summary>
/// Hold small caps while the market prices Fed cuts: the 2-year Treasury yield (custom series DGS2) at least
/// <see cref="EntrySpread"/> percentage points below the effective fed funds rate (DFF); leave when the spread is back
/// above <see cref="ExitSpread"/> (hysteresis), for large tech (or cash when OutsideInCash). Rates are known from
/// their observation day on (no look-ahead). Plots "Signals"/"Rate spread".
/// </summary>
public sealed class RateCutRotation : RotationAlgorithm
{
    private RateCutSignal _signal = null!;
    private CustomSeries _fedFunds = null!;
    private CustomSeries _twoYear = null!;

    [Parameter(Min = -3, Max = 3, Description = "2y minus fed funds (percentage points) at or below which small caps are held")]
    public double EntrySpread { get; set; } = -0.25;

    [Parameter(Min = -3, Max = 3, Description = "Spread at or above which small caps are left; not below EntrySpread")]
    public double ExitSpread { get; set; }

    [Parameter(Min = 1, Max = 504, Description = "Lookback (trading days) of the spread change")]
    public int LookbackDays { get; set; } = 63;

    [Parameter(Description = "Enter small caps only after the last fed funds move was a cut")]
    public bool RequireCutTrend { get; set; }

    [Parameter(Description = "Outside the cut regime hold cash instead of large tech")]
    public bool OutsideInCash { get; set; }

    [Parameter(Description = "Custom series name of the fed funds rate")]
    public string FedFundsSeries { get; set; } = "DFF";

    [Parameter(Description = "Custom series name of the 2-year yield")]
    public string TwoYearSeries { get; set; } = "DGS2";

    protected override void InitializeSignals()
    {
        _fedFunds = AddData(FedFundsSeries);
        _twoYear = AddData(TwoYearSeries);
        _signal = new RateCutSignal(new RateCutSignalParameters(
            LookbackDays, EntrySpread: EntrySpread, ExitSpread: ExitSpread, RequireCutTrend: RequireCutTrend,
            OutsideRegime: OutsideInCash ? Regime.Neutral : Regime.LargeTech));
        CashWhenNeutral = CashWhenNeutral || OutsideInCash;
    }

    protected override (Regime Regime, double Score) UpdateSignals(DateTime time)
    {
        _signal.Update(time, _fedFunds.Value, _twoYear.Value);
        Plot("Signals", "Rate spread", _signal.Spread);
        return (_signal.Regime, CompositeSignal.VoteOf(_signal.Regime));
    }
}
