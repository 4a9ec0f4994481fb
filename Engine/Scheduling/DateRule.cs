namespace Backtest.Engine.Scheduling;

/// <summary>Which dates a scheduled event fires on (build with <see cref="DateRules"/>).</summary>
public sealed class DateRule
{
    private readonly Func<DateOnly, DateOnly, IEnumerable<DateOnly>> _dates;

    internal DateRule(string name, Func<DateOnly, DateOnly, IEnumerable<DateOnly>> dates)
    {
        Name = name;
        _dates = dates;
    }

    /// <summary>The rule and its arguments, e.g. "MonthStart(SPY)": two rules of one calendar with the same name give
    /// the same dates (<see cref="ScheduleCache"/> relies on it).</summary>
    public string Name { get; }

    /// <summary>The rule's dates from <paramref name="first"/> to <paramref name="last"/> inclusive, ascending.</summary>
    public IEnumerable<DateOnly> GetDates(DateOnly first, DateOnly last) => _dates(first, last);
}
