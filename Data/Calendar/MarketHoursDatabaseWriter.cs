using System.Globalization;
using System.Text.Json;
using Backtest.Data.Lean;

namespace Backtest.Data.Calendar;

/// <summary>
/// Writes a calendar as a LEAN market-hours-database.json holding the single entry "Equity-usa-[*]", with LEAN's
/// keys and shape: time zones, per-weekday segments (premarket 04:00-09:30, market = the calendar's session,
/// postmarket 16:00-20:00), holidays as "M/d/yyyy" strings, earlyCloses and lateOpens maps to "HH:mm:ss".
/// Dates are written in ascending order, two-space indentation, LF line endings.
/// </summary>
internal static class MarketHoursDatabaseWriter
{
    private static readonly string[] Weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    public static void Write(string path, TradingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteStartObject("entries");
            json.WriteStartObject("Equity-usa-[*]");
            json.WriteString("dataTimeZone", "America/New_York");
            json.WriteString("exchangeTimeZone", "America/New_York");
            foreach (var day in Weekdays)
            {
                WriteSegments(json, day, calendar, day is not ("saturday" or "sunday"));
            }

            json.WriteStartArray("holidays");
            foreach (var d in calendar.Holidays)
            {
                json.WriteStringValue(Date(d));
            }

            json.WriteEndArray();
            WriteTimes(json, "earlyCloses", calendar.EarlyCloses);
            WriteTimes(json, "lateOpens", calendar.LateOpens);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        LeanFolderWriter.WriteText(path, System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteSegments(Utf8JsonWriter json, string day, TradingCalendar calendar, bool open)
    {
        json.WriteStartArray(day);
        if (open)
        {
            Segment(json, new TimeOnly(4, 0), calendar.MarketOpen, "premarket");
            Segment(json, calendar.MarketOpen, calendar.MarketClose, "market");
            Segment(json, calendar.MarketClose, new TimeOnly(20, 0), "postmarket");
        }

        json.WriteEndArray();
    }

    private static void Segment(Utf8JsonWriter json, TimeOnly start, TimeOnly end, string state)
    {
        json.WriteStartObject();
        json.WriteString("start", Time(start));
        json.WriteString("end", Time(end));
        json.WriteString("state", state);
        json.WriteEndObject();
    }

    private static void WriteTimes(Utf8JsonWriter json, string name, IReadOnlyDictionary<DateOnly, TimeOnly> times)
    {
        json.WriteStartObject(name);
        foreach (var (d, t) in times.OrderBy(p => p.Key))
        {
            json.WriteString(Date(d), Time(t));
        }

        json.WriteEndObject();
    }

    private static string Date(DateOnly d) => d.ToString("M/d/yyyy", CultureInfo.InvariantCulture);

    private static string Time(TimeOnly t) => t.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
}
