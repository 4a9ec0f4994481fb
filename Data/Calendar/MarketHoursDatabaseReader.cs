using System.Globalization;
using System.Text.Json;
using Backtest.Data.Errors;

namespace Backtest.Data.Calendar;

/// <summary>
/// Reads one entry of LEAN's market-hours-database.json into a <see cref="TradingCalendar"/>: holidays
/// ("M/d/yyyy"), earlyCloses and lateOpens (date -> "HH:mm:ss"), and the regular session from the "market"
/// segment of the weekdays (Monday's, which LEAN's US-equity entry shares with every weekday).
/// </summary>
public static class MarketHoursDatabaseReader
{
    /// <summary>LEAN's key for US equities.</summary>
    public const string UsEquityKey = "Equity-usa-[*]";

    /// <exception cref="DataException">The file is not JSON, the entry is missing, or a date or time cannot be parsed.</exception>
    public static TradingCalendar Read(string path, string entryKey = UsEquityKey)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (e.BytePositionInLine ?? 0) + 1;
            throw new DataException($"{path}:{line}, column {column}: not valid JSON ({e.Message}). Fix the syntax there or restore market-hours-database.json from LEAN's data folder.", e)
            {
                File = path,
                Line = line,
            };
        }

        using (document)
        {
            try
            {
                return ReadEntry(path, entryKey, document.RootElement);
            }
            catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException)
            {
                // JsonElement throws these for a value of the wrong kind (a number where a string is due) or a missing key.
                throw new DataException($"{path}: the JSON is well-formed but not shaped like LEAN's market-hours database ({e.Message}). Restore market-hours-database.json from LEAN's data folder.", e)
                {
                    File = path,
                };
            }
        }
    }

    private static TradingCalendar ReadEntry(string path, string entryKey, JsonElement root)
    {
        if (!root.TryGetProperty("entries", out var entries) || !entries.TryGetProperty(entryKey, out var entry))
        {
            throw DataException.InFile(path, $"entry entries.{entryKey} not found", "Use LEAN's market-hours-database.json, which has this entry.");
        }

        var (open, close) = RegularSession(path, entryKey, entry);
        var holidays = new List<DateOnly>();
        if (entry.TryGetProperty("holidays", out var list))
        {
            foreach (var item in list.EnumerateArray())
            {
                holidays.Add(ParseDate(path, $"entries.{entryKey}.holidays", item.GetString()));
            }
        }

        return new TradingCalendar(holidays, TimeMap(path, entryKey, entry, "earlyCloses"), open, close, TimeMap(path, entryKey, entry, "lateOpens"));
    }

    private static (TimeOnly Open, TimeOnly Close) RegularSession(string path, string key, JsonElement entry)
    {
        if (entry.TryGetProperty("monday", out var segments))
        {
            foreach (var segment in segments.EnumerateArray())
            {
                if (segment.TryGetProperty("state", out var state) && state.GetString() == "market")
                {
                    var where = $"entries.{key}.monday";
                    return (ParseTime(path, where, segment.GetProperty("start").GetString()), ParseTime(path, where, segment.GetProperty("end").GetString()));
                }
            }
        }

        throw DataException.InFile(path, $"entries.{key}.monday has no segment with state \"market\"", "Restore the file from LEAN's data folder.");
    }

    private static Dictionary<DateOnly, TimeOnly> TimeMap(string path, string key, JsonElement entry, string name)
    {
        var map = new Dictionary<DateOnly, TimeOnly>();
        if (entry.TryGetProperty(name, out var items) && items.ValueKind == JsonValueKind.Object)
        {
            var where = $"entries.{key}.{name}";
            foreach (var item in items.EnumerateObject())
            {
                map[ParseDate(path, where, item.Name)] = ParseTime(path, where, item.Value.GetString());
            }
        }

        return map;
    }

    private static DateOnly ParseDate(string path, string where, string? raw)
    {
        if (DateOnly.TryParseExact(raw, "M/d/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        throw DataException.InFile(path, $"{where}: '{raw}' is not a date in the form M/d/yyyy", "Correct the date.");
    }

    private static TimeOnly ParseTime(string path, string where, string? raw)
    {
        if (TimeOnly.TryParseExact(raw, ["HH:mm:ss", "HH:mm", "H:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        throw DataException.InFile(path, $"{where}: '{raw}' is not a time in the form HH:mm:ss", "Correct the time.");
    }
}
