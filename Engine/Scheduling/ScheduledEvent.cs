namespace Backtest.Engine.Scheduling;

/// <summary>One registered event with its firing times, prepared for the run range.</summary>
internal sealed class ScheduledEvent
{
    private DateTime[] _times = [];
    private int _next;

    public ScheduledEvent(string name, DateRule dateRule, TimeRule timeRule, Action action, int order)
    {
        Name = name;
        DateRule = dateRule;
        TimeRule = timeRule;
        Action = action;
        Order = order;
    }

    public string Name { get; }

    public DateRule DateRule { get; }

    public TimeRule TimeRule { get; }

    public Action Action { get; }

    /// <summary>Tie-break between events due at the same instant: lower first.</summary>
    public int Order { get; }

    public bool HasNext => _next < _times.Length;

    public DateTime NextTime => _times[_next];

    /// <summary>Computes the firing times within [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public void Prepare(DateTime from, DateTime to)
    {
        var times = new List<DateTime>();
        foreach (var date in DateRule.GetDates(DateOnly.FromDateTime(from), DateOnly.FromDateTime(to)))
        {
            if (TimeRule.GetTime(date) is { } t && t >= from && t <= to)
            {
                times.Add(t);
            }
        }

        times.Sort();
        _times = [.. times];
        _next = 0;
    }

    public void Advance() => _next++;
}
