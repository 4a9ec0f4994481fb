using Backtest.Data.Errors;
using Backtest.Data.Validation;

namespace Backtest.Data.Lean;

/// <summary>Reads LEAN's <c>alternative/interest-rate/usa/interest-rate.csv</c> (header <c>DATE,PCREDIT8</c>, rows <c>yyyy-MM-dd,percent</c>).</summary>
public static class InterestRateReader
{
    /// <summary>Reads the file; percent values become fractions (value / 100).</summary>
    /// <exception cref="DataException">A row cannot be parsed, dates are not ascending, or the file has no rows.</exception>
    public static RiskFreeRateSeries Read(string path)
    {
        var dates = new List<DateOnly>();
        var rates = new List<double>();
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            var trimmed = text.Trim().TrimStart('\uFEFF');
            if (trimmed.Length == 0 || (line == 1 && !char.IsAsciiDigit(trimmed[0])))
            {
                continue;
            }

            var f = FieldParser.Fields(path, line, trimmed, 2, "yyyy-MM-dd,percent");
            var date = FieldParser.Date(path, line, "DATE", f[0].Trim(), "yyyy-MM-dd");
            var percent = FieldParser.Number(path, line, "rate", f[1].Trim());
            if (!double.IsFinite(percent))
            {
                throw DataException.At(path, line, "rate", f[1], "the rate is not finite", "Write the rate in percent, e.g. 2.25.");
            }

            if (dates.Count > 0 && date <= dates[^1])
            {
                throw DataException.At(path, line, "DATE", f[0], "dates must be strictly ascending", "Sort the file by date and remove duplicates.");
            }

            dates.Add(date);
            rates.Add(percent / 100.0);
        }

        if (dates.Count == 0)
        {
            throw DataException.InFile(path, "the interest-rate file has no rows", "Restore the file from LEAN's data folder.");
        }

        return new RiskFreeRateSeries([.. dates], [.. rates]);
    }
}
