using Backtest.Data.Calendar;
using Backtest.Data.Frames;
using Backtest.Data.Model;

namespace Backtest.Data.Loading;

/// <summary>Builds the master <see cref="TimeIndex"/> of a run from a calendar (New York local times).</summary>
public static class TimeIndexBuilder
{
    /// <summary>
    /// Daily: one entry per trading day in [<paramref name="first"/>, <paramref name="last"/>], start = session open,
    /// end = session close (the early close where there is one), as LEAN's strict daily end times.
    /// Hour: per trading day, one-hour periods starting on the hour from the open's hour until the close
    /// (09:00..15:00 on a normal day, the 09:00 period being the 09:30-10:00 half hour; 09:00..12:00 on a 13:00 close),
    /// as LEAN's hour files stamp them.
    /// </summary>
    /// <exception cref="ArgumentException">Minute resolution, or <paramref name="last"/> before <paramref name="first"/>.</exception>
    public static TimeIndex Build(TradingCalendar calendar, Resolution resolution, DateOnly first, DateOnly last)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (last < first)
        {
            throw new ArgumentException($"The end date {last:yyyy-MM-dd} is before the start date {first:yyyy-MM-dd}.", nameof(last));
        }

        var starts = new List<DateTime>();
        var ends = new List<DateTime>();
        foreach (var day in calendar.TradingDays(first, last))
        {
            var open = day.ToDateTime(calendar.OpenOn(day));
            var close = day.ToDateTime(calendar.CloseOn(day));
            switch (resolution)
            {
                case Resolution.Daily:
                    starts.Add(open);
                    ends.Add(close);
                    break;
                case Resolution.Hour:
                    for (var t = open.Date.AddHours(open.Hour); t < close; t = t.AddHours(1))
                    {
                        starts.Add(t);
                        ends.Add(t.AddHours(1));
                    }

                    break;
                default:
                    throw new ArgumentException("Only daily and hour frames are supported.", nameof(resolution));
            }
        }

        return new TimeIndex(resolution, [.. starts], [.. ends]);
    }
}
