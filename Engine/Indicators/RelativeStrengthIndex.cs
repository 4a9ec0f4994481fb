namespace Backtest.Engine.Indicators;

/// <summary>
/// RSI as in LEAN: the first input only becomes the reference; each later input feeds its gain (up move, 0 on a
/// fall; an unchanged value counts as a 0 gain) and loss into two moving averages (Wilders by default). Output is
/// 100 - 100 / (1 + AvgGain / AvgLoss), and 100 while AvgLoss is 0. Range 0..100. Ready after period + 1 samples.
/// </summary>
public sealed class RelativeStrengthIndex : IndicatorBase
{
    private readonly int _period;
    private double _previous;

    /// <summary>Creates RSI(period) on the given moving average.</summary>
    public RelativeStrengthIndex(int period, MovingAverageType movingAverageType = MovingAverageType.Wilders)
        : base($"RSI({period},{movingAverageType})")
    {
        _period = period;
        AverageGain = MovingAverageFactory.Create(movingAverageType, period);
        AverageLoss = MovingAverageFactory.Create(movingAverageType, period);
    }

    /// <summary>Average of the up moves.</summary>
    public IndicatorBase AverageGain { get; }

    /// <summary>Average of the down moves (positive numbers).</summary>
    public IndicatorBase AverageLoss { get; }

    /// <inheritdoc />
    public override int WarmUpPeriod => _period + 1;

    /// <inheritdoc />
    public override bool IsReady => AverageGain.IsReady && AverageLoss.IsReady;

    /// <inheritdoc />
    public override void Reset()
    {
        AverageGain.Reset();
        AverageLoss.Reset();
        base.Reset();
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(DateTime time, double value)
    {
        if (Samples > 1)
        {
            var change = value - _previous;
            AverageGain.Update(time, change >= 0 ? change : 0);
            AverageLoss.Update(time, change >= 0 ? 0 : -change);
        }

        _previous = value;
        var loss = AverageLoss.Current.Value;
        if (loss == 0)
        {
            return 100;
        }

        return 100 - 100 / (1 + AverageGain.Current.Value / loss);
    }
}
