namespace Backtest.Algorithms.Signals;

/// <summary>
/// A price-only stand-in for a valuation spread, used when no valuation data is supplied: the log of the small
/// basket's price relative to the large basket's, minus its own simple moving average over <c>Window</c> values.
/// Negative means small caps have lagged their usual relation to large caps ("cheap" on price alone, which is not a
/// valuation). Built from daily returns (fractions), so it needs no price levels: log relative level accumulates
/// log(1 + r_small) − log(1 + r_large). NaN until <c>Window</c> values exist; a NaN return leaves the level
/// unchanged for that day. Feed <see cref="Value"/> into <see cref="ValuationSpreadSignal"/>. O(1), allocation-free
/// per update; not thread-safe.
/// </summary>
public sealed class RelativePriceProxy
{
    private readonly double[] _levels;
    private int _count;
    private double _sum;
    private double _level;

    /// <param name="window">Moving average length in updates (trading days); 2..10000, e.g. 200.</param>
    /// <exception cref="ArgumentOutOfRangeException">The window is outside its range.</exception>
    public RelativePriceProxy(int window)
    {
        SignalGuard.InRange(window, 2, 10000, nameof(window), "moving average length in days of the log price ratio");
        _levels = new double[window];
    }

    public DateTime Time { get; private set; } = DateTime.MinValue;

    /// <summary>Log relative level minus its moving average (natural log units), or NaN during warm-up.</summary>
    public double Value { get; private set; } = double.NaN;

    /// <summary>Feeds both baskets' daily returns for the day closing at <paramref name="time"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="time"/> is not after the previous update.</exception>
    public void Update(DateTime time, double smallReturn, double largeReturn)
    {
        SignalGuard.After(Time, time, nameof(RelativePriceProxy));
        Time = time;
        var step = Math.Log(1.0 + smallReturn) - Math.Log(1.0 + largeReturn);
        if (!double.IsNaN(step))
        {
            _level += step;
        }

        var slot = _count % _levels.Length;
        if (_count >= _levels.Length)
        {
            _sum -= _levels[slot];
        }

        _levels[slot] = _level;
        _sum += _level;
        _count++;
        Value = _count >= _levels.Length ? _level - (_sum / _levels.Length) : double.NaN;
    }
}
