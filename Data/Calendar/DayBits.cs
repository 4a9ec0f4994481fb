namespace Backtest.Data.Calendar;

/// <summary>A set of dates as one bit per day between the first and the last member (immutable).</summary>
internal readonly struct DayBits
{
    private readonly ulong[] _bits;
    private readonly int _first;

    public DayBits(IEnumerable<DateOnly> dates)
    {
        var days = dates.Select(d => d.DayNumber).ToArray();
        if (days.Length == 0)
        {
            _bits = [];
            _first = 0;
            return;
        }

        _first = days.Min();
        _bits = new ulong[((days.Max() - _first) / 64) + 1];
        foreach (var day in days)
        {
            var offset = day - _first;
            _bits[offset >> 6] |= 1UL << (offset & 63);
        }
    }

    public bool Contains(DateOnly date)
    {
        var offset = (uint)(date.DayNumber - _first);
        var word = offset >> 6;
        return word < (uint)_bits.Length && (_bits[word] & (1UL << (int)(offset & 63))) != 0;
    }
}
