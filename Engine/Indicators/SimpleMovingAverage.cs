namespace Backtest.Engine.Indicators;

/// <summary>
/// SMA: mean of the last <c>period</c> inputs via a running sum. Before the window is full the output is the mean
/// of the inputs seen so far (LEAN divides by the window count). Ready after <c>period</c> samples.
/// </summary>
public sealed class SimpleMovingAverage : IndicatorBase
{
    private readonly RollingWindow<double> _window;
    private double _sum;

    /// <summary>Creates SMA(period).</summary>
    public SimpleMovingAverage(int period)
        : base($"SMA({period})")
    {
        _window = new RollingWindow<double>(period);
    }

    /// <summary>Window length.</summary>
    public int Period => _window.Size;

    /// <inheritdoc />
    public override int WarmUpPeriod => _window.Size;

    /// <inheritdoc />
    public override void Reset()
    {
        _window.Reset();
        _sum = 0;
        base.Reset();
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(DateTime time, double value)
    {
        _window.Add(value);
        _sum += value;
        if (_window.Samples > _window.Size)
        {
            _sum -= _window.MostRecentlyRemoved;
        }

        return _sum / _window.Count;
    }
}
