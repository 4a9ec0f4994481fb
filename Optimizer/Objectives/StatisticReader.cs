using System.Globalization;
using Backtest.Data.Errors;

namespace Backtest.Optimizer.Objectives;

/// <summary>
/// Reads a statistic from a trial's statistics the way LEAN's optimizer does (SEMANTICS G): the key may carry the
/// "Statistics." prefix; lookup is case-insensitive; the text is parsed as an invariant decimal and a trailing "%"
/// divides by 100 ("28.200%" -> 0.282). A leading "$" (LEAN's fee format) is also accepted.
/// </summary>
public static class StatisticReader
{
    private const string Prefix = "Statistics.";

    /// <summary>The key without LEAN's "Statistics." prefix.</summary>
    /// <exception cref="DataException">The key addresses another part of the result (a dotted path outside Statistics).</exception>
    public static string Normalise(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var trimmed = key.Trim();
        if (trimmed.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return trimmed[Prefix.Length..];
        }

        return trimmed;
    }

    /// <summary>
    /// Fails when <paramref name="key"/> names no statistic in <paramref name="known"/> (case-insensitive).
    /// </summary>
    /// <exception cref="DataException">Unknown statistic; the message lists the nearest known keys.</exception>
    public static void RequireKnown(string key, string jsonPath, IReadOnlyCollection<string> known)
    {
        ArgumentNullException.ThrowIfNull(known);
        var name = Normalise(key);
        if (known.Any(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        var similar = known
            .Where(k => k.Contains(name.Split(' ')[0], StringComparison.OrdinalIgnoreCase))
            .OrderBy(k => k, StringComparer.Ordinal)
            .Take(3)
            .ToArray();
        var hint = similar.Length > 0 ? $"Did you mean '{string.Join("', '", similar)}'?" : "Use a key from the statistics table.";
        throw new DataException($"{jsonPath}: '{key}' is not a known statistic. {hint}");
    }

    /// <summary>The value of <paramref name="key"/>, or null when it is missing or not a number.</summary>
    public static decimal? Read(IReadOnlyDictionary<string, string> statistics, string key)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        var name = Normalise(key);
        if (!statistics.TryGetValue(name, out var text))
        {
            text = statistics.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
        }

        return text is null ? null : Parse(text);
    }

    /// <summary>Parses LEAN's statistic text: "1.5", "28.200%" (0.282), "$12.50"; null when not a number.</summary>
    public static decimal? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan().Trim();
        var percent = span.EndsWith("%");
        if (percent)
        {
            span = span[..^1];
        }

        if (span.StartsWith("$"))
        {
            span = span[1..];
        }

        if (!decimal.TryParse(span, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        return percent ? value / 100m : value;
    }
}
