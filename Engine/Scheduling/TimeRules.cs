using Backtest.Data.Calendar;
using Backtest.Data.Model;

namespace Backtest.Engine.Scheduling;

/// <summary>LEAN's time rules, in New York time. Market-relative rules fire only on trading days.</summary>
public sealed class TimeRules
{
    private readonly TradingCalendar _calendar;

    internal TimeRules(TradingCalendar calendar) => _calendar = calendar;

    /// <summary>00:00 of every rule date.</summary>
    public TimeRule Midnight => new("Midnight", d => d.ToDateTime(TimeOnly.MinValue));

    public TimeRule At(int hour, int minute, int second = 0) =>
        new(second == 0 ? $"At({hour:00}:{minute:00})" : $"At({hour:00}:{minute:00}:{second:00})", d => d.ToDateTime(new TimeOnly(hour, minute, second)));

    /// <summary><paramref name="minutes"/> after the regular open of <paramref name="symbol"/>'s exchange.</summary>
    public TimeRule AfterMarketOpen(Symbol symbol, double minutes = 0) =>
        new($"AfterMarketOpen({symbol},{minutes})", d => _calendar.IsTradingDay(d) ? d.ToDateTime(_calendar.OpenOn(d)).AddMinutes(minutes) : null);

    /// <summary><paramref name="minutes"/> before the regular (or early) close of <paramref name="symbol"/>'s exchange.</summary>
    public TimeRule BeforeMarketClose(Symbol symbol, double minutes = 0) =>
        new($"BeforeMarketClose({symbol},{minutes})", d => _calendar.IsTradingDay(d) ? d.ToDateTime(_calendar.CloseOn(d)).AddMinutes(-minutes) : null);
}
