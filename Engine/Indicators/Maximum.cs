using Backtest.Data.Model;

namespace Backtest.Engine.Indicators;

/// <summary>
/// MAX as in LEAN: the maximum of the last <c>period</c> inputs (of the inputs so far before the window is full).
/// Ready after <c>period</c> samples. The bar overload feeds the bar's High at its end time, as LEAN's MAX helper
/// does for trade bars.
/// </summary>
public sealed class Maximum : IndicatorBase
{
    private readonly ExtremumWindow _window;
    private readonly int _period;

    /// <summary>Creates MAX(period).</summary>
    public Maximum(int period)
        : base($"MAX({period})")
    {
        _period = period;
        _window = new ExtremumWindow(period, maximum: true);
    }

    /// <summary>Window length.</summary>
    public int Period => _period;

    /// <summary>Samples since the current maximum was seen (0 = the latest input).</summary>
    public int PeriodsSinceMaximum => _window.PeriodsSinceExtremum;

    /// <inheritdoc />
    public override int WarmUpPeriod => _period;

    /// <summary>Feeds <see cref="Bar.High"/> at <see cref="Bar.EndTime"/>; returns <see cref="IndicatorBase.IsReady"/>.</summary>
    public bool Update(Bar bar) => Update(bar.EndTime, bar.High);

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
