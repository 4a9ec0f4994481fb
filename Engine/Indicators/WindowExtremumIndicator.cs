using Backtest.Data.Model;

namespace Backtest.Engine.Indicators;

/// <summary>
/// The shared body of MAX and MIN: the extreme of the last <c>period</c> inputs (of the inputs so far before the
/// window is full), ready after <c>period</c> samples, O(1) amortised per update and allocation-free.
/// </summary>
public abstract class WindowExtremumIndicator : IndicatorBase
{
    private readonly ExtremumWindow _window;

    private protected WindowExtremumIndicator(string name, int period, bool maximum)
        : base(name)
    {
        Period = period;
        _window = new ExtremumWindow(period, maximum);
    }

    /// <summary>Window length.</summary>
    public int Period { get; }

    /// <inheritdoc />
    public override int WarmUpPeriod => Period;

    /// <summary>Samples since the current extreme was seen (0 = the latest input).</summary>
    protected int PeriodsSinceExtremum => _window.PeriodsSinceExtremum;

    /// <summary>Feeds the bar's side (High for MAX, Low for MIN) at <see cref="Bar.EndTime"/>; returns <see cref="IndicatorBase.IsReady"/>.</summary>
    public bool Update(Bar bar) => Update(bar.EndTime, BarValue(bar));

    /// <inheritdoc />
    public override void Reset()
    {
        _window.Reset();
        base.Reset();
    }

    /// <summary>The bar price this indicator follows.</summary>
    private protected abstract double BarValue(Bar bar);

    /// <inheritdoc />
    protected override double ComputeNextValue(DateTime time, double value)
    {
        _window.Add(value);
        return _window.Value;
    }
}
