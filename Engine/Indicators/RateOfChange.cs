namespace Backtest.Engine.Indicators;

/// <summary>
/// ROC as in LEAN: (value - value n steps back) / value n steps back, a fraction. Before n + 1 samples the oldest
/// input seen is the reference. A zero reference gives 0. Ready after period + 1 samples.
/// </summary>
public class RateOfChange : IndicatorBase
{
    private readonly RollingWindow<double> _window;

    /// <summary>Creates ROC(period).</summary>
    public RateOfChange(int period)
        : this($"ROC({period})", period)
    {
    }

    /// <summary>Creates the indicator under a given name (for the percent variants).</summary>
    protected RateOfChange(string name, int period)
        : base(name)
    {
        _window = new RollingWindow<double>(period);
    }

    /// <summary>Look-back in samples.</summary>
    public int Period => _window.Size;

    /// <inheritdoc />
    public override int WarmUpPeriod => _window.Size + 1;

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
        var reference = _window.Samples <= _window.Size ? _window[_window.Count - 1] : _window.MostRecentlyRemoved;
        return reference == 0 ? 0 : (value - reference) / reference * Scale;
    }

    /// <summary>Output multiplier: 1 for a fraction, 100 for percent.</summary>
    protected virtual double Scale => 1;
}
