using System.Text;
using System.Text.Json;
using Backtest.Optimizer.Parameters;

namespace Backtest.Optimizer.Store;

/// <summary>The JSON column encodings of the SQLite store; deterministic (ordinal keys, round-trip doubles).</summary>
internal static class TrialJson
{
    public static string Parameters(IReadOnlyList<ParameterValue> values) => Write(w =>
    {
        w.WriteStartArray();
        foreach (var value in values)
        {
            w.WriteStartArray();
            w.WriteStringValue(value.Name);
            w.WriteStringValue(value.Text);
            w.WriteEndArray();
        }

        w.WriteEndArray();
    });

    public static ParameterValue[] ReadParameters(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray()
            .Select(pair => new ParameterValue(pair[0].GetString()!, pair[1].GetString()!))
            .ToArray();
    }

    public static string Statistics(IReadOnlyDictionary<string, string> statistics) => Write(w =>
    {
        w.WriteStartObject();
        foreach (var pair in statistics.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.WriteString(pair.Key, pair.Value);
        }

        w.WriteEndObject();
    });

    public static SortedDictionary<string, string> ReadStatistics(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            result[property.Name] = property.Value.GetString()!;
        }

        return result;
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            body(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
