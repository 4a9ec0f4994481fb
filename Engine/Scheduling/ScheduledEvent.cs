namespace Backtest.Engine.Scheduling;

/// <summary>An event's action for several of its firing times at once, in order.</summary>
internal delegate void BatchAction(ReadOnlySpan<DateTime> times);

/// <summary>One registered event with its firing times, prepared for the run range.</summary>
internal sealed class ScheduledEvent
{
    private DateTime[] _times = [];
    private int _count;
    private int _next;

    public ScheduledEvent(string name, DateRule dateRule, TimeRule timeRule, Action action, int order, BatchAction? batch = null)
    {
        Name = name;
        DateRule = dateRule;
        TimeRule = timeRule;
        Action = action;
        Order = order;
        Batch = batch;
    }

    public string Name { get; }

    public DateRule DateRule { get; }

    public TimeRule TimeRule { get; }

    public Action Action { get; }

    /// <summary>What firing several due times at once does (the same as <see cref="Action"/> at each of them in turn),
    /// or null when the event fires one time at a time.</summary>
    public BatchAction? Batch { get; }

    /// <summary>Tie-break between events due at the same instant: lower first.</summary>
    public int Order { get; }

    public bool HasNext => _next < _count;

    public DateTime NextTime => _times[_next];

    /// <summary>Computes the firing times within [<paramref name="from"/>, <paramref name="to"/>], or takes them from
    /// <paramref name="cache"/> (which must belong to the rules' calendar) when another run already computed them.</summary>
    public void Prepare(DateTime from, DateTime to, ScheduleCache? cache = null)
    {
        if (cache is not null)
        {
            _times = cache.GetOrAdd(DateRule, TimeRule, from, to, Compute);
            _count = _times.Length;
            _next = 0;
            return;
        }

        (_times, _count) = Compute(from, to);
        _next = 0;
    }

    private (DateTime[] Times, int Count) Compute(DateTime from, DateTime to)
    {
        // At most one firing per rule date, so the date span bounds the count (no list growth, no copy); rules yield
        // ascending dates and time rules are monotone in the date, so the sort is only a safety net for custom rules.
        var span = to >= from ? (int)Math.Min((to - from).TotalDays + 2, 1_000_000) : 0;
        var times = new DateTime[span];
        var count = 0;
        var sorted = true;
        foreach (var date in DateRule.GetDates(DateOnly.FromDateTime(from), DateOnly.FromDateTime(to)))
        {
            if (TimeRule.GetTime(date) is { } t && t >= from && t <= to)
            {
                sorted &= count == 0 || times[count - 1] <= t;
                times[count++] = t;
            }
        }

        if (!sorted)
        {
            Array.Sort(times, 0, count);
        }

        return (times, count);
    }

    public void Advance() => _next++;

    /// <summary>The pending firing times before <paramref name="limit"/> (<paramref name="inclusive"/>: at or before it),
    /// marked as fired.</summary>
    public ReadOnlySpan<DateTime> TakeDue(DateTime limit, bool inclusive)
    {
        var first = _next;
        while (_next < _count && (_times[_next] < limit || (inclusive && _times[_next] == limit)))
        {
            _next++;
        }

        return _times.AsSpan(first, _next - first);
    }
}
