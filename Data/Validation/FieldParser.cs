using System.Globalization;
using Backtest.Data.Errors;

namespace Backtest.Data.Validation;

/// <summary>Invariant-culture parsing of single fields that fails with a located <see cref="DataException"/>.</summary>
internal static class FieldParser
{
    public static double Number(string file, int line, string column, string raw)
    {
        if (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        throw DataException.At(file, line, column, raw, "not a number", "Fix or remove this value; numbers use '.' as decimal separator.");
    }

    public static long Integer(string file, int line, string column, string raw)
    {
        if (long.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        throw DataException.At(file, line, column, raw, "not an integer", "Fix or remove this value.");
    }

    public static DateOnly Date(string file, int line, string column, string raw, string format)
    {
        if (DateOnly.TryParseExact(raw, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        throw DataException.At(file, line, column, raw, $"not a date in the form {format}", "Fix the date or remove the row.");
    }

    public static DateTime DateTime(string file, int line, string column, string raw, string format)
    {
        if (System.DateTime.TryParseExact(raw, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        throw DataException.At(file, line, column, raw, $"not a date-time in the form {format}", "Fix the time stamp or remove the row.");
    }

    /// <summary>Splits a line on commas and checks the field count; the caller's line number is used for the error.</summary>
    public static string[] Fields(string file, int line, string text, int minFields, string expected)
    {
        var fields = text.Split(',');
        if (fields.Length < minFields)
        {
            throw DataException.At(file, line, null, text, $"expected {minFields} comma-separated fields ({expected}) but found {fields.Length}", "Complete or remove the row.");
        }

        return fields;
    }
}
