namespace Backtest.Engine.Indicators;

/// <summary>Creates the moving average named by a <see cref="MovingAverageType"/> (LEAN's AsIndicator).</summary>
internal static class MovingAverageFactory
{
    public static IndicatorBase Create(MovingAverageType type, int period) => type switch
    {
        MovingAverageType.Simple => new SimpleMovingAverage(period),
        MovingAverageType.Exponential => new ExponentialMovingAverage(period),
        MovingAverageType.Wilders => new WilderMovingAverage(period),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Use Simple, Exponential or Wilders."),
    };
}
