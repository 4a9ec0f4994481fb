using Backtest.Data.Model;

namespace Backtest.Engine.Indicators;

/// <summary>
/// MIN as in LEAN: the minimum of the last <c>period</c> inputs (of the inputs so far before the window is full).
/// Ready after <c>period</c> samples. The bar overload feeds the bar's Low at its end time, as LEAN's MIN helper
/// does for trade bars.
/// </summary>
public sealed class Minimum : IndicatorBase
{
    private readonly ExtremumWindow _window;
    private readonly int _period;

    /// <summary>Creates MIN(period).</summary>
    public Minimum(int period)
        : base($"MIN({period})")
    {
        _period = period;
        _window = new ExtremumWindow(period, maximum: false);
    }

    /// <summary>Window length.</summary>
    public int Period => _period;

    /// <summary>Samples since the current minimum was seen (0 = the latest input).</summary>
    public int PeriodsSinceMinimum => _window.PeriodsSinceExtremum;

    /// <inheritdoc />
    public override int WarmUpPeriod => _period;

    /// <summary>Feeds <see cref="Bar.Low"/> at <see cref="Bar.EndTime"/>; returns <see cref="IndicatorBase.IsReady"/>.</summary>
    public bool Update(Bar bar) => Update(bar.EndTime, bar.Low);

    /// <inheritdoc />
    public override void Reset()
    {
        _window.Reset();
        base.Reset();
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(DateTime time, double value)
    {
        _window.Add(value);
        return _window.Value;
    }
}
