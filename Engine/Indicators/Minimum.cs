using Backtest.Data.Model;

namespace Backtest.Engine.Indicators;

/// <summary>
/// MIN as in LEAN: the minimum of the last <c>period</c> inputs (of the inputs so far before the window is full).
/// Ready after <c>period</c> samples. The bar overload feeds the bar's Low at its end time, as LEAN's MIN helper
/// does for trade bars.
/// </summary>
public sealed class Minimum(int period) : WindowExtremumIndicator($"MIN({period})", period, maximum: false)
{
    /// <summary>Samples since the current minimum was seen (0 = the latest input).</summary>
    public int PeriodsSinceMinimum => PeriodsSinceExtremum;

    private protected override double BarValue(Bar bar) => bar.Low;
}
