using Backtest.Data.Model;

namespace Backtest.Engine.Indicators;

/// <summary>
/// MAX as in LEAN: the maximum of the last <c>period</c> inputs (of the inputs so far before the window is full).
/// Ready after <c>period</c> samples. The bar overload feeds the bar's High at its end time, as LEAN's MAX helper
/// does for trade bars.
/// </summary>
public sealed class Maximum(int period) : WindowExtremumIndicator($"MAX({period})", period, maximum: true)
{
    /// <summary>Samples since the current maximum was seen (0 = the latest input).</summary>
    public int PeriodsSinceMaximum => PeriodsSinceExtremum;

    private protected override double BarValue(Bar bar) => bar.High;
}
