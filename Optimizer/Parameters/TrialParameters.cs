using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Backtest.Optimizer.Parameters;

/// <summary>
/// One trial's parameter set: its number (from 1, in the order the search produced it) and the values in the
/// order of the parameter space. <see cref="Canonical"/> is the order-independent text that keys the trial.
/// </summary>
public sealed record TrialParameters
{
    public TrialParameters(int number, IReadOnlyList<ParameterValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        Number = number;
        Values = values;
        Canonical = BuildCanonical(values);
    }

    /// <summary>1-based trial number.</summary>
    public int Number { get; }

    public IReadOnlyList<ParameterValue> Values { get; }

    /// <summary>A JSON object of name -> value text with names in ordinal order; equal sets give equal text.</summary>
    public string Canonical { get; }

    /// <summary>The value text of <paramref name="name"/> (ordinal match).</summary>
    /// <exception cref="KeyNotFoundException">No such parameter.</exception>
    public string Get(string name)
    {
        foreach (var value in Values)
        {
            if (string.Equals(value.Name, name, StringComparison.Ordinal))
            {
                return value.Text;
            }
        }

        throw new KeyNotFoundException($"Trial {Number} has no parameter '{name}'.");
    }

    /// <summary>The value of <paramref name="name"/> parsed as an invariant decimal.</summary>
    public decimal GetDecimal(string name) => decimal.Parse(Get(name), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The values as name -> text, the shape the engine's parameter binder takes.</summary>
    public IReadOnlyDictionary<string, string> ToDictionary() =>
        Values.ToDictionary(v => v.Name, v => v.Text, StringComparer.Ordinal);

    /// <summary>The same values under another number.</summary>
    public TrialParameters Renumber(int number) => new(number, Values);

    public override string ToString() => $"#{Number} {Canonical}";

    private static string BuildCanonical(IReadOnlyList<ParameterValue> values)
    {
        var sorted = values.OrderBy(v => v.Name, StringComparer.Ordinal).ToArray();
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (var value in sorted)
            {
                writer.WriteString(value.Name, value.Text);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
