namespace Backtest.Engine.Scheduling;

/// <summary>At which time(s) of a rule date an event fires (build with <see cref="TimeRules"/>); none on closed days for market-relative rules.</summary>
public sealed class TimeRule
{
    private readonly Func<DateOnly, DateTime?> _time;

    internal TimeRule(string name, Func<DateOnly, DateTime?> time)
    {
        Name = name;
        _time = time;
    }

    /// <summary>The rule and its arguments, e.g. "BeforeMarketClose(SPY,10)": two rules of one calendar with the same
    /// name give the same times (<see cref="ScheduleCache"/> relies on it).</summary>
    public string Name { get; }

    /// <summary>The firing time on <paramref name="date"/> (New York), or null when the rule does not fire that day.</summary>
    public DateTime? GetTime(DateOnly date) => _time(date);
}
