using Backtest.Engine.Securities;

namespace Backtest.Engine.Scheduling;

/// <summary>
/// LEAN's Schedule: <c>Schedule.On(DateRules.X, TimeRules.Y, action)</c>. Events fire in time order (ties in registration
/// order, engine-internal events first) with the algorithm time set to the event time (SEMANTICS.md A.6 steps 1 and 4).
/// </summary>
public sealed class ScheduleManager
{
    private readonly List<ScheduledEvent> _events = [];
    private readonly EngineClock _clock;
    private int _userCount;
    private int _internalCount;
    private DateTime? _preparedFrom;
    private DateTime _preparedTo;
    private ScheduleCache? _cache;

    // The earliest pending firing time over all events (MaxValue when none): Fire runs twice per time step and most
    // calls have nothing due, so they return after one comparison instead of a scan.
    private DateTime _earliest = DateTime.MaxValue;

    // The event due at _earliest (the first by Order among those due then); -1 when none.
    private int _nextIndex = -1;

    internal ScheduleManager(EngineClock clock) => _clock = clock;

    /// <summary>Registers <paramref name="action"/>; returns its name.</summary>
    public string On(DateRule dateRule, TimeRule timeRule, Action action, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(dateRule);
        ArgumentNullException.ThrowIfNull(timeRule);
        ArgumentNullException.ThrowIfNull(action);
        var label = name ?? $"{dateRule.Name}: {timeRule.Name}";
        Add(new ScheduledEvent(label, dateRule, timeRule, action, ++_userCount));
        return label;
    }

    /// <param name="batch">The same as <paramref name="action"/> for several due times at once; used while this is the
    /// only event, when nothing can run between its firings.</param>
    internal void AddInternal(string name, DateRule dateRule, TimeRule timeRule, Action action, BatchAction? batch = null) =>
        Add(new ScheduledEvent(name, dateRule, timeRule, action, int.MinValue + _internalCount++, batch));

    /// <summary>Computes firing times for the run range; events added later are prepared from the current time.
    /// <paramref name="cache"/>, when given, must belong to the algorithm's calendar.</summary>
    internal void Prepare(DateTime from, DateTime to, ScheduleCache? cache = null)
    {
        _preparedFrom = from;
        _preparedTo = to;
        _cache = cache;
        foreach (var e in _events)
        {
            e.Prepare(from, to, cache);
        }

        FindNext();
    }

    /// <summary>Fires events due strictly before <paramref name="time"/> (<paramref name="inclusive"/>: at or before).</summary>
    internal void Fire(DateTime time, Action<DateTime> setTime, bool inclusive)
    {
        while (_earliest < time || (inclusive && _earliest == time))
        {
            var next = _events[_nextIndex];
            if (next.Batch is { } batch && _events.Count == 1)
            {
                // The only event (the engine's daily sampling when the algorithm schedules nothing): every due firing in
                // one call, e.g. a weekend's three midnights, which nothing else could run between.
                var due = next.TakeDue(time, inclusive);
                setTime(due[^1]);
                FindNext();
                batch(due);
                continue;
            }

            setTime(_earliest);
            next.Advance();
            // Before the action: it may register events, which lower the earliest time themselves.
            FindNext();
            next.Action();
        }
    }

    /// <summary>The event to fire next (earliest time, ties by order) and its time, in one scan.</summary>
    private void FindNext()
    {
        var earliest = DateTime.MaxValue;
        var order = int.MaxValue;
        var index = -1;
        for (var i = 0; i < _events.Count; i++)
        {
            var e = _events[i];
            if (e.HasNext && (e.NextTime < earliest || (e.NextTime == earliest && e.Order < order)))
            {
                earliest = e.NextTime;
                order = e.Order;
                index = i;
            }
        }

        _earliest = earliest;
        _nextIndex = index;
    }

    private void Add(ScheduledEvent e)
    {
        _events.Add(e);
        if (_preparedFrom is not null)
        {
            var from = _clock.Now > _preparedFrom.Value ? _clock.Now.AddTicks(1) : _preparedFrom.Value;
            e.Prepare(from, _preparedTo, _cache);
            // Registered during the run (rare): search all events again rather than repeat FindNext's ordering here.
            FindNext();
        }
    }
}
