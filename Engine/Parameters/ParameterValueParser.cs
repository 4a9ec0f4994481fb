using System.Globalization;

namespace Backtest.Engine.Parameters;

/// <summary>Invariant-culture parsing and formatting of parameter values by member type.</summary>
internal static class ParameterValueParser
{
    public static bool IsSupported(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(decimal)
        || type == typeof(bool) || type == typeof(string) || type.IsEnum;

    /// <summary>Parses <paramref name="text"/> as <paramref name="type"/>; null with a hint when it cannot.</summary>
    public static object? TryParse(Type type, string text, out string hint)
    {
        var invariant = CultureInfo.InvariantCulture;
        var trimmed = text.Trim();
        hint = string.Empty;
        if (type == typeof(string))
        {
            return text;
        }

        if (type == typeof(int) && int.TryParse(trimmed, NumberStyles.Integer, invariant, out var i))
        {
            return i;
        }

        if (type == typeof(long) && long.TryParse(trimmed, NumberStyles.Integer, invariant, out var l))
        {
            return l;
        }

        if (type == typeof(double) && double.TryParse(trimmed, NumberStyles.Float, invariant, out var d) && double.IsFinite(d))
        {
            return d;
        }

        if (type == typeof(decimal) && decimal.TryParse(trimmed, NumberStyles.Number, invariant, out var m))
        {
            return m;
        }

        if (type == typeof(bool) && bool.TryParse(trimmed, out var b))
        {
            return b;
        }

        if (type.IsEnum && !IsNumeric(trimmed) && Enum.TryParse(type, trimmed, ignoreCase: true, out var e))
        {
            return e;
        }

        hint = Hint(type);
        return null;
    }

    /// <summary>The value as an invariant string (enums by name, bools lower-case, doubles round-trip).</summary>
    public static string Format(object? value) => value switch
    {
        null => string.Empty,
        bool flag => flag ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>The numeric value for range checks, or null for non-numeric types.</summary>
    public static double? AsNumber(object value) => value switch
    {
        int i => i,
        long l => l,
        double d => d,
        decimal m => (double)m,
        _ => null,
    };

    private static bool IsNumeric(string text) => text.Length > 0 && (char.IsDigit(text[0]) || text[0] is '-' or '+');

    private static string Hint(Type type)
    {
        if (type == typeof(int) || type == typeof(long))
        {
            return "a whole number such as 20";
        }

        if (type == typeof(double) || type == typeof(decimal))
        {
            return "a number with '.' as the decimal separator, such as 0.25";
        }

        if (type == typeof(bool))
        {
            return "true or false";
        }

        return "one of: " + string.Join(", ", Enum.GetNames(type));
    }
}
