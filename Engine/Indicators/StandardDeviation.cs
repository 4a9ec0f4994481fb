namespace Backtest.Engine.Indicators;

/// <summary>
/// STD as in LEAN: the population standard deviation (divide by the count) of the last <c>period</c> inputs,
/// from running sums of values and squares; fewer inputs use the count seen so far; 0 for the first sample.
/// Ready after <c>period</c> samples. Rounding can make the variance a hair negative; it is floored at 0.
/// </summary>
public sealed class StandardDeviation : IndicatorBase
{
    private readonly RollingWindow<double> _window;
    private double _sum;
    private double _sumOfSquares;

    /// <summary>Creates STD(period).</summary>
    public StandardDeviation(int period)
        : base($"STD({period})")
    {
        _window = new RollingWindow<double>(period);
    }

    /// <inheritdoc />
    public override int WarmUpPeriod => _window.Size;

    /// <inheritdoc />
    public override void Reset()
    {
        _window.Reset();
        _sum = 0;
        _sumOfSquares = 0;
        base.Reset();
    }

    /// <inheritdoc />
    protected override double ComputeNextValue(DateTime time, double value)
    {
        _window.Add(value);
        _sum += value;
        _sumOfSquares += value * value;
        if (_window.Samples > _window.Size)
        {
            var removed = _window.MostRecentlyRemoved;
            _sum -= removed;
            _sumOfSquares -= removed * removed;
        }

        if (Samples < 2)
        {
            return 0;
        }

        var n = _window.Count;
        var mean = _sum / n;
        var variance = _sumOfSquares / n - mean * mean;
        return Math.Sqrt(Math.Max(0, variance));
    }
}
