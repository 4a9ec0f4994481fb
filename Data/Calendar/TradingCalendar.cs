namespace Backtest.Data.Calendar;

/// <summary>
/// A US-equity exchange calendar in New York time: regular session, holidays and early closes,
/// as LEAN's market-hours-database.json "Equity-usa-[*]" entry describes them. Immutable.
/// Sources: <c>MarketHoursDatabaseReader</c> (LEAN's file) or <c>UsEquityCalendarRules</c> (built-in rules).
/// </summary>
public sealed class TradingCalendar
{
    // Lookup copies of the sorted collections: the engine, the result files and every sweep trial ask IsTradingDay and
    // CloseOn for every calendar day of a run. Holidays are one bit per day (a hash probe cost more than the rest of
    // IsTradingDay); early closes and late opens are looked up only on days whose bit says they have one.
    private readonly DayBits _holidayBits;
    private readonly DayBits _earlyCloseBits;
    private readonly DayBits _lateOpenBits;
    private readonly Dictionary<DateOnly, TimeOnly> _earlyCloseLookup;
    private readonly Dictionary<DateOnly, TimeOnly> _lateOpenLookup;

    public TradingCalendar(
        IEnumerable<DateOnly> holidays,
        IReadOnlyDictionary<DateOnly, TimeOnly> earlyCloses,
        TimeOnly marketOpen,
        TimeOnly marketClose,
        IReadOnlyDictionary<DateOnly, TimeOnly>? lateOpens = null)
    {
        Holidays = new SortedSet<DateOnly>(holidays);
        EarlyCloses = new SortedDictionary<DateOnly, TimeOnly>(earlyCloses.ToDictionary(p => p.Key, p => p.Value));
        LateOpens = new SortedDictionary<DateOnly, TimeOnly>((lateOpens ?? new Dictionary<DateOnly, TimeOnly>()).ToDictionary(p => p.Key, p => p.Value));
        MarketOpen = marketOpen;
        MarketClose = marketClose;
        _holidayBits = new DayBits(Holidays);
        _earlyCloseBits = new DayBits(EarlyCloses.Keys);
        _lateOpenBits = new DayBits(LateOpens.Keys);
        _earlyCloseLookup = new Dictionary<DateOnly, TimeOnly>(EarlyCloses);
        _lateOpenLookup = new Dictionary<DateOnly, TimeOnly>(LateOpens);
    }

    /// <summary>Full-day closures on weekdays.</summary>
    public IReadOnlySet<DateOnly> Holidays { get; }

    /// <summary>Days the regular session ends early, with the close time (normally 13:00).</summary>
    public IReadOnlyDictionary<DateOnly, TimeOnly> EarlyCloses { get; }

    /// <summary>Days the regular session opens late, with the open time.</summary>
    public IReadOnlyDictionary<DateOnly, TimeOnly> LateOpens { get; }

    /// <summary>Regular session open, 09:30.</summary>
    public TimeOnly MarketOpen { get; }

    /// <summary>Regular session close, 16:00.</summary>
    public TimeOnly MarketClose { get; }

    public bool IsTradingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidayBits.Contains(date);

    /// <summary>The regular-session open of a trading day.</summary>
    public TimeOnly OpenOn(DateOnly date) => _lateOpenBits.Contains(date) && _lateOpenLookup.TryGetValue(date, out var t) ? t : MarketOpen;

    /// <summary>The regular-session close of a trading day (the early close when there is one).</summary>
    public TimeOnly CloseOn(DateOnly date) => _earlyCloseBits.Contains(date) && _earlyCloseLookup.TryGetValue(date, out var t) ? t : MarketClose;

    /// <summary>True when the regular session is open at <paramref name="time"/> (open inclusive, close exclusive).</summary>
    public bool IsOpen(DateTime time)
    {
        var date = DateOnly.FromDateTime(time);
        if (!IsTradingDay(date))
        {
            return false;
        }

        var t = TimeOnly.FromDateTime(time);
        return t >= OpenOn(date) && t < CloseOn(date);
    }

    /// <summary>Trading days from <paramref name="first"/> to <paramref name="last"/> inclusive, ascending.</summary>
    public IEnumerable<DateOnly> TradingDays(DateOnly first, DateOnly last)
    {
        for (var d = first; d <= last; d = d.AddDays(1))
        {
            if (IsTradingDay(d))
            {
                yield return d;
            }
        }
    }

    /// <summary>The first trading day strictly after <paramref name="date"/>.</summary>
    public DateOnly NextTradingDay(DateOnly date)
    {
        var d = date.AddDays(1);
        while (!IsTradingDay(d))
        {
            d = d.AddDays(1);
        }

        return d;
    }

    /// <summary>The last trading day strictly before <paramref name="date"/>.</summary>
    public DateOnly PreviousTradingDay(DateOnly date)
    {
        var d = date.AddDays(-1);
        while (!IsTradingDay(d))
        {
            d = d.AddDays(-1);
        }

        return d;
    }
}
