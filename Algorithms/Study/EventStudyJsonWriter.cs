using System.Text.Json;

namespace Backtest.Algorithms.Study;

/// <summary>
/// Writes an <see cref="EventStudyResult"/> as indented UTF-8 JSON with a fixed property order, shortest round-trip
/// numbers, dates as "yyyy-MM-dd" and null for NaN. The same result always gives the same bytes.
/// </summary>
public static class EventStudyJsonWriter
{
    public static void Write(EventStudyResult result, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(stream);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" });
        json.WriteStartObject();
        json.WriteString("small", result.SmallName);
        json.WriteString("large", result.LargeName);
        json.WriteString("event", result.EventName);
        json.WriteString("first", EventStudyCsvWriter.Date(result.First));
        json.WriteString("last", EventStudyCsvWriter.Date(result.Last));
        json.WriteNumber("eventDays", result.EventDays);
        json.WriteStartArray("horizons");
        foreach (var h in result.Horizons)
        {
            json.WriteStartObject();
            json.WriteNumber("horizon", h.Horizon);
            WriteStats(json, "events", h.Events);
            WriteStats(json, "all", h.Unconditional);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("runs");
        foreach (var run in result.Runs)
        {
            json.WriteStartObject();
            json.WriteString("side", EventStudyCsvWriter.SideName(run.Side));
            json.WriteString("start", EventStudyCsvWriter.Date(run.Start));
            json.WriteString("end", EventStudyCsvWriter.Date(run.End));
            json.WriteNumber("length", run.Length);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteStats(Utf8JsonWriter json, string name, ForwardReturnStats s)
    {
        json.WriteStartObject(name);
        json.WriteNumber("count", s.Count);
        Number(json, "meanSmall", s.MeanSmall);
        Number(json, "medianSmall", s.MedianSmall);
        Number(json, "meanLarge", s.MeanLarge);
        Number(json, "medianLarge", s.MedianLarge);
        Number(json, "meanDiff", s.MeanDifference);
        Number(json, "medianDiff", s.MedianDifference);
        Number(json, "sharePositiveSmall", s.SharePositiveSmall);
        Number(json, "sharePositiveLarge", s.SharePositiveLarge);
        Number(json, "shareSmallBeatsLarge", s.ShareSmallBeatsLarge);
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
