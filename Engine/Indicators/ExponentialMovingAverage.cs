namespace Backtest.Engine.Indicators;

/// <summary>
/// EMA as in current LEAN: k = 2 / (n + 1) unless given; output 0 until n samples; the n-th output is the SMA of
/// the first n inputs; afterwards value x k + previous x (1 - k). Ready after n samples.
/// </summary>
public sealed class ExponentialMovingAverage : IndicatorBase
{
    private readonly int _period;
    private readonly double _k;
    private double _seedSum;

    /// <summary>Creates EMA(period) with the default smoothing factor 2 / (period + 1).</summary>
    public ExponentialMovingAverage(int period)
        : this(period, SmoothingFactorDefault(period))
    {
    }

    /// <summary>Creates EMA(period) with an explicit smoothing factor <paramref name="smoothingFactor"/> (0..1].</summary>
    public ExponentialMovingAverage(int period, double smoothingFactor)
        : base($"EMA({period})")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        _period = period;
        _k = smoothingFactor;
    }

    /// <summary>LEAN's default smoothing factor, 2 / (1 + period).</summary>
    public static double SmoothingFactorDefault(int period) => 2.0 / (1 + period);

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
        if (Samples < _period)
        {
            _seedSum += value;
            return 0;
        }

        if (Samples == _period)
        {
            return (_seedSum + value) / _period;
        }

        return value * _k + Current.Value * (1 - _k);
    }
}
