using Backtest.Algorithms.Signals;
using Backtest.Engine.Algorithm;
using Backtest.Engine.Parameters;

namespace Backtest.Algorithms.Strategies;

/// <summary>
/// Weighted vote of the three rotation signals — rate-cut expectations (DFF, DGS2), the relative-strength streak
/// and the valuation price proxy — each voting +1 (small caps), -1 (large tech) or 0; the regime is small caps when
/// the weighted score reaches <see cref="Threshold"/>, large tech at -Threshold, else neutral (holdings kept, or cash
/// with CashWhenNeutral). Graded allocation uses the score itself. Plots every member signal and "Signals"/"Score".
/// </summary>
public sealed class CompositeRotation : RotationAlgorithm
{
    private RateCutSignal _rates = null!;
    private StreakSignal _streak = null!;
    private RelativePriceProxy _proxy = null!;
    private ValuationSpreadSignal _valuation = null!;
    private CompositeSignal _composite = null!;
    private CustomSeries _fedFunds = null!;
    private CustomSeries _twoYear = null!;

    [Parameter(Min = 0, Max = 10, Description = "Weight of the rate-cut vote")]
    public double RateWeight { get; set; } = 1;

    [Parameter(Min = 0, Max = 10, Description = "Weight of the streak vote")]
    public double StreakWeight { get; set; } = 1;

    [Parameter(Min = 0, Max = 10, Description = "Weight of the valuation vote")]
    public double ValuationWeight { get; set; } = 1;

    [Parameter(Min = 0.01, Max = 1, Description = "Score (weighted mean vote) needed for a regime")]
    public double Threshold { get; set; } = 0.3;

    [Parameter(Min = 1, Max = 100, Description = "Streak length that switches the streak vote")]
    public int StreakThreshold { get; set; } = 5;

    [Parameter(Min = -3, Max = 3, Description = "2y minus fed funds at or below which the rate vote is small caps")]
    public double EntrySpread { get; set; } = -0.25;

    [Parameter(Min = -3, Max = 3, Description = "Spread at or above which the rate vote leaves small caps")]
    public double ExitSpread { get; set; }

    [Parameter(Min = 20, Max = 2520, Description = "Valuation z-score window (trading days)")]
    public int ValuationWindow { get; set; } = 756;

    [Parameter(Min = 0, Max = 5, Description = "|z| at or beyond which the valuation vote is cast")]
    public double EntryZ { get; set; } = 1.0;

    protected override void InitializeSignals()
    {
        _fedFunds = AddData("DFF");
        _twoYear = AddData("DGS2");
        _rates = new RateCutSignal(new RateCutSignalParameters(EntrySpread: EntrySpread, ExitSpread: ExitSpread, OutsideRegime: Regime.LargeTech));
        _streak = new StreakSignal(new StreakSignalParameters(StreakThreshold));
        _proxy = new RelativePriceProxy(252);
        _valuation = new ValuationSpreadSignal(new ValuationSpreadSignalParameters(ValuationWindow, EntryZ, 0));
        _composite = new CompositeSignal([_rates, _streak, _valuation], new CompositeSignalParameters([RateWeight, StreakWeight, ValuationWeight], Threshold));
    }

    protected override (Regime Regime, double Score) UpdateSignals(DateTime time)
    {
        _rates.Update(time, _fedFunds.Value, _twoYear.Value);
        _streak.Update(time, Small.DailyReturn, Large.DailyReturn);
        _proxy.Update(time, Small.DailyReturn, Large.DailyReturn);
        _valuation.Update(time, _proxy.Value);
        _composite.Update(time);
        Plot("Signals", "Rate spread", _rates.Spread);
        Plot("Signals", "Streak", _streak.SmallStreak - _streak.LargeStreak);
        Plot("Signals", "Valuation z", _valuation.ZScore);
        Plot("Signals", "Score", _composite.Score);
        return (_composite.Regime, _composite.Score);
    }
}
