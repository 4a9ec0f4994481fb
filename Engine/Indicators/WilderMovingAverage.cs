namespace Backtest.Engine.Indicators;

/// <summary>
/// Wilder's moving average as in LEAN: the running mean of the inputs for the first n samples (so the n-th output is
/// the SMA of the first n), afterwards value / n + previous x (1 - 1/n). Ready after n samples.
/// </summary>
public sealed class WilderMovingAverage : IndicatorBase
{
    private readonly int _period;
    private double _seedSum;

    /// <summary>Creates WWMA(period).</summary>
    public WilderMovingAverage(int period)
        : base($"WWMA({period})")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        _period = period;
    }

    /// <inheritdoc />
    public override int WarmUpPeriod => _period;

    /// <inheritdoc />
    public override void Reset()
    {
        _seedSum = 0;
        base.Reset();
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(DateTime time, double value)
    {
        if (Samples <= _period)
        {
            _seedSum += value;
            return _seedSum / Samples;
        }

        var k = 1.0 / _period;
        return value * k + Current.Value * (1 - k);
    }
}
