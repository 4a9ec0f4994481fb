namespace Backtest.Engine.Indicators;

/// <summary>
/// MACD as in LEAN: Fast and Slow moving averages of the input; the output is Fast - Slow; the Signal average is
/// fed that difference only once both Fast and Slow are ready; Histogram = MACD - Signal once the signal is ready
/// (0 before). Ready when the signal is, i.e. after slow + signal - 1 samples.
/// </summary>
public sealed class MovingAverageConvergenceDivergence : IndicatorBase
{
    private readonly int _warmUp;
    private double _histogram;

    /// <summary>Creates MACD(fast, slow, signal) on the given moving average (LEAN default Exponential).</summary>
    public MovingAverageConvergenceDivergence(
        int fastPeriod, int slowPeriod, int signalPeriod, MovingAverageType type = MovingAverageType.Exponential)
        : base($"MACD({fastPeriod},{slowPeriod},{signalPeriod})")
    {
        Fast = MovingAverageFactory.Create(type, fastPeriod);
        Slow = MovingAverageFactory.Create(type, slowPeriod);
        Signal = MovingAverageFactory.Create(type, signalPeriod);
        _warmUp = slowPeriod + signalPeriod - 1;
    }

    /// <summary>The fast moving average.</summary>
    public IndicatorBase Fast { get; }

    /// <summary>The slow moving average.</summary>
    public IndicatorBase Slow { get; }

    /// <summary>The moving average of the MACD line.</summary>
    public IndicatorBase Signal { get; }

    /// <summary>MACD - Signal, 0 until the signal is ready.</summary>
    public double Histogram => _histogram;

    /// <inheritdoc />
    public override int WarmUpPeriod => _warmUp;

    /// <inheritdoc />
    public override bool IsReady => Signal.IsReady;

    /// <inheritdoc />
    public override void Reset()
    {
        Fast.Reset();
        Slow.Reset();
        Signal.Reset();
        _histogram = 0;
        base.Reset();
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(DateTime time, double value)
    {
        var fastReady = Fast.Update(time, value);
        var slowReady = Slow.Update(time, value);
        var macd = Fast.Current.Value - Slow.Current.Value;
        if (fastReady && slowReady && Signal.Update(time, macd))
        {
            _histogram = macd - Signal.Current.Value;
        }

        return macd;
    }
}
