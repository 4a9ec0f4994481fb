using System.Globalization;
using System.Text;
using Backtest.Data.Lean;

namespace Backtest.Data.Synthetic;

/// <summary>
/// Writes a FRED-style CSV (header <c>observation_date,&lt;SERIES&gt;</c>, rows <c>yyyy-MM-dd,value</c>, an empty value
/// where FRED has none), LF line endings, invariant culture.
/// </summary>
internal static class FredCsvWriter
{
    public static void Write(string path, string series, IReadOnlyList<(DateOnly Date, double? Value)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var sb = new StringBuilder(rows.Count * 18);
        sb.Append("observation_date,").Append(series).Append('\n');
        foreach (var (date, value) in rows)
        {
            sb.Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',');
            if (value is { } v)
            {
                sb.Append(v.ToString("0.00", CultureInfo.InvariantCulture));
            }

            sb.Append('\n');
        }

        LeanFolderWriter.WriteText(path, sb.ToString());
    }
}
