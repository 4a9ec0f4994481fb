using System.Globalization;
using System.Text;
using System.Text.Json;
using Backtest.Optimizer.Running;

namespace Backtest.Optimizer.Store;

/// <summary>
/// Writes stored trials as CSV or JSON, deterministically: rows in the given order (the stores give trial number
/// order), parameter columns in the first trial's order, statistic columns in ordinal order, invariant text,
/// "\n" line ends. Daily returns are not exported (they stay in the store).
/// </summary>
public static class TrialExporter
{
    private static readonly string[] FixedColumns = ["scope", "number", "key", "status"];

    /// <summary>Columns: scope, number, key, status, one per parameter, one per statistic (union over trials), error.</summary>
    public static void WriteCsv(IReadOnlyList<TrialResult> trials, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(trials);
        ArgumentNullException.ThrowIfNull(writer);
        var parameterNames = ParameterNames(trials);
        var statisticNames = trials.SelectMany(t => t.Statistics.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var header = FixedColumns.Concat(parameterNames).Concat(statisticNames).Append("error");
        WriteLine(writer, header);
        foreach (var trial in trials)
        {
            var cells = new List<string>
            {
                trial.Scope, trial.Number.ToString(CultureInfo.InvariantCulture), trial.Key, trial.Status.ToString(),
            };
            cells.AddRange(parameterNames.Select(n => trial.Parameters.Values.FirstOrDefault(v => v.Name == n).Text ?? string.Empty));
            cells.AddRange(statisticNames.Select(n => trial.Statistics.TryGetValue(n, out var s) ? s : string.Empty));
            cells.Add(trial.Error ?? string.Empty);
            WriteLine(writer, cells);
        }
    }

    /// <summary>A JSON array of {scope, number, key, status, parameters, statistics, error} objects, indented.</summary>
    public static void WriteJson(IReadOnlyList<TrialResult> trials, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(trials);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" });
        writer.WriteStartArray();
        foreach (var trial in trials)
        {
            writer.WriteStartObject();
            writer.WriteString("scope", trial.Scope);
            writer.WriteNumber("number", trial.Number);
            writer.WriteString("key", trial.Key);
            writer.WriteString("status", trial.Status.ToString());
            writer.WriteStartObject("parameters");
            foreach (var value in trial.Parameters.Values)
            {
                writer.WriteString(value.Name, value.Text);
            }

            writer.WriteEndObject();
            writer.WriteStartObject("statistics");
            foreach (var pair in trial.Statistics.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.WriteString(pair.Key, pair.Value);
            }

            writer.WriteEndObject();
            writer.WriteString("error", trial.Error);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static string[] ParameterNames(IReadOnlyList<TrialResult> trials) =>
        trials.Count == 0 ? [] : trials[0].Parameters.Values.Select(v => v.Name).ToArray();

    private static void WriteLine(TextWriter writer, IEnumerable<string> cells)
    {
        writer.Write(string.Join(",", cells.Select(Escape)));
        writer.Write('\n');
    }

    private static string Escape(string cell)
    {
        if (cell.IndexOfAny([',', '"', '\n', '\r']) < 0)
        {
            return cell;
        }

        var builder = new StringBuilder(cell.Length + 2).Append('"');
        builder.Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal));
        return builder.Append('"').ToString();
    }
}
