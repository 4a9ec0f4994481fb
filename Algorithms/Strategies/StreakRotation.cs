using Backtest.Algorithms.Signals;
using Backtest.Engine.Parameters;

namespace Backtest.Algorithms.Strategies;

/// <summary>
/// Hold small caps after they beat large tech <see cref="Threshold"/> days in a row, large tech after the reverse
/// streak; otherwise keep the current holding (cash before the first streak). With IwmWeight 1, FeeBps 5,
/// FractionalShares, SizeAtFillPrice, CashBufferPercent 0 and CashAccount this is workload W1 of
/// ../shared/bench/WORKLOADS.md.
/// </summary>
public sealed class StreakRotation : RotationAlgorithm
{
    private StreakSignal _signal = null!;

    [Parameter(Min = 1, Max = 100, Step = 1, Description = "Consecutive days of out-performance that switch the regime")]
    public int Threshold { get; set; } = 5;

    [Parameter(Min = 0, Max = 0.05, Description = "Minimum daily excess return (fraction) for a day to count")]
    public double MinimumExcess { get; set; }

    [Parameter(Min = 0, Max = 252, Description = "Minimum trading days to stay in a regime once entered")]
    public int HoldingDays { get; set; }

    protected override void InitializeSignals() =>
        _signal = new StreakSignal(new StreakSignalParameters(Threshold, MinimumExcess, HoldingDays));

    protected override (Regime Regime, double Score) UpdateSignals(DateTime time)
    {
        if (!double.IsNaN(Small.DailyReturn) && !double.IsNaN(Large.DailyReturn))
        {
            _signal.Update(time, Small.DailyReturn, Large.DailyReturn);
        }

        Plot("Signals", "Streak", _signal.SmallStreak - _signal.LargeStreak);
        return (_signal.Regime, CompositeSignal.VoteOf(_signal.Regime));
    }
}
