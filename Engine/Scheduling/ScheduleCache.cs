using System.Collections.Concurrent;
using Backtest.Data.Calendar;

namespace Backtest.Engine.Scheduling;

/// <summary>
/// Firing times of scheduled events over one calendar, shared by the runs of a sweep. Every trial prepares the same
/// events (Daily Sampling, EndOfDay, the strategy's own) over the same range, which is about 13 % of a W1 trial when
/// done per run. A rule's times depend only on the calendar and the rule's name (its arguments included), so
/// (date rule name, time rule name, from, to) identifies them. Thread-safe; the arrays it hands out are never written.
/// </summary>
public sealed class ScheduleCache
{
    // Runs that bring no cache of their own share one per calendar, held no longer than the calendar itself.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TradingCalendar, ScheduleCache> Defaults = [];

    private readonly ConcurrentDictionary<(string DateRule, string TimeRule, DateTime From, DateTime To), DateTime[]> _times = new();
    private readonly int _maxEntries;

    /// <summary>A cache for runs over <paramref name="calendar"/> (the same instance the runs use).</summary>
    public ScheduleCache(TradingCalendar calendar)
        : this(calendar, int.MaxValue)
    {
    }

    private ScheduleCache(TradingCalendar calendar, int maxEntries)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Calendar = calendar;
        _maxEntries = maxEntries;
    }

    /// <summary>The calendar whose times this cache holds.</summary>
    public TradingCalendar Calendar { get; }

    /// <summary>Number of distinct (rules, range) entries computed so far.</summary>
    public int Count => _times.Count;

    /// <summary>The cache shared by runs over <paramref name="calendar"/> that were given none. It keeps at most 256
    /// (rules, range) entries (~75 KB each for 25 years of daily times), so a process running many different date
    /// ranges over one calendar stops caching instead of growing without bound.</summary>
    internal static ScheduleCache DefaultFor(TradingCalendar calendar) =>
        Defaults.GetValue(calendar, static c => new ScheduleCache(c, 256));

    /// <summary>The ascending firing times of the rules within [<paramref name="from"/>, <paramref name="to"/>];
    /// <paramref name="compute"/> runs when no run has asked for them yet (possibly twice under a race, same result).</summary>
    internal DateTime[] GetOrAdd(DateRule dateRule, TimeRule timeRule, DateTime from, DateTime to, Func<DateTime, DateTime, (DateTime[] Times, int Count)> compute)
    {
        var key = (dateRule.Name, timeRule.Name, from, to);
        if (_times.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var (times, count) = compute(from, to);
        var exact = times.Length == count ? times : times[..count];
        return _times.Count < _maxEntries ? _times.GetOrAdd(key, exact) : exact;
    }
}
