using System.Text;
using Backtest.Data.Errors;
using Backtest.Data.Validation;

namespace Backtest.Data.Tests.Validation;

/// <summary>What a reader gave, as text two readers' outcomes can be compared by: the values bit for bit and the
/// report's warnings, or the error.</summary>
internal static class ReaderOutcome
{
    public static string Of<T>(Func<T> read, Func<T, ValidationReport> report, Action<T, StringBuilder> describe)
    {
        try
        {
            var result = read();
            var sb = new StringBuilder();
            describe(result, sb);
            foreach (var w in report(result).Warnings)
            {
                sb.Append("warning ").Append(w.Check).Append(' ').Append(w.Message).Append('\n');
            }

            return sb.ToString();
        }
        catch (DataException e)
        {
            return "error " + e.Message;
        }
    }

    /// <summary>Appends each value's bits, space-separated, then a line break.</summary>
    public static void AppendBits(StringBuilder sb, params ReadOnlySpan<double> values)
    {
        foreach (var x in values)
        {
            sb.Append(' ').Append(BitConverter.DoubleToInt64Bits(x));
        }

        sb.Append('\n');
    }
}
