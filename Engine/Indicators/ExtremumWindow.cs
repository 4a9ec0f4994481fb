namespace Backtest.Engine.Indicators;

/// <summary>
/// Sliding-window maximum (or minimum) by a monotonic deque in fixed ring buffers: amortised O(1) per add, no
/// allocation after construction. On ties the most recent input is the extremum (LEAN's "input >= current").
/// </summary>
internal sealed class ExtremumWindow
{
    private readonly double[] _values;
    private readonly long[] _indices;
    private readonly bool _maximum;
    private int _front;
    private int _count;
    private long _index = -1;

    public ExtremumWindow(int period, bool maximum)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        _values = new double[period];
        _indices = new long[period];
        _maximum = maximum;
    }

    /// <summary>The extremum of the last <c>period</c> adds (NaN before any add).</summary>
    public double Value => _count == 0 ? double.NaN : _values[_front];

    /// <summary>Adds since the extremum was added (0 when the latest add is the extremum).</summary>
    public int PeriodsSinceExtremum => _count == 0 ? 0 : (int)(_index - _indices[_front]);

    public void Add(double value)
    {
        _index++;
        var period = _values.Length;
        if (_count > 0 && _indices[_front] <= _index - period)
        {
            _front = (_front + 1) % period;
            _count--;
        }

        while (_count > 0 && Dominates(value, _values[Back()]))
        {
            _count--;
        }

        var slot = (_front + _count) % period;
        _values[slot] = value;
        _indices[slot] = _index;
        _count++;
    }

    public void Reset()
    {
        _front = 0;
        _count = 0;
        _index = -1;
    }

    private int Back() => (_front + _count - 1) % _values.Length;

    private bool Dominates(double incoming, double kept) => _maximum ? incoming >= kept : incoming <= kept;
}
