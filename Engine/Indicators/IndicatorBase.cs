namespace Backtest.Engine.Indicators;

/// <summary>
/// Base of all indicators, with LEAN's update semantics: each <see cref="Update(DateTime, double)"/> counts one
/// sample and replaces <see cref="Current"/>; <see cref="IsReady"/> turns true once <see cref="WarmUpPeriod"/>
/// samples have been seen. Updates are O(1) and allocation-free. Not thread-safe: one owner updates it.
/// </summary>
public abstract class IndicatorBase
{
    /// <summary>Creates an indicator with LEAN's display name (e.g. "SMA(20)").</summary>
    protected IndicatorBase(string name) => Name = name;

    /// <summary>The indicator's name, LEAN style.</summary>
    public string Name { get; }

    /// <summary>The latest output; (default, 0) before the first update.</summary>
    public IndicatorDataPoint Current { get; private set; }

    /// <summary>The number of inputs seen since creation or the last <see cref="Reset"/>.</summary>
    public int Samples { get; private set; }

    /// <summary>Inputs needed before <see cref="IsReady"/> becomes true.</summary>
    public abstract int WarmUpPeriod { get; }

    /// <summary>True once the indicator has enough samples for a fully defined value.</summary>
    public virtual bool IsReady => Samples >= WarmUpPeriod;

    /// <summary>The current value, so an indicator reads like a number in algorithm code.</summary>
    public static implicit operator double(IndicatorBase indicator) => indicator.Current.Value;

    /// <summary>Feeds one input (NaN propagates to the output) and returns <see cref="IsReady"/>.</summary>
    public bool Update(DateTime time, double value)
    {
        Samples++;
        Current = new IndicatorDataPoint(time, ComputeNextValue(time, value));
        return IsReady;
    }

    /// <summary>Returns the indicator to its freshly created state.</summary>
    public virtual void Reset()
    {
        Samples = 0;
        Current = default;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Current.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>Computes the new output; <see cref="Samples"/> already counts this input.</summary>
    protected abstract double ComputeNextValue(DateTime time, double value);
}
