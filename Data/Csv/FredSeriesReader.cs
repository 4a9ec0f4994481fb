using Backtest.Data.Errors;
using Backtest.Data.Validation;

namespace Backtest.Data.Csv;

/// <summary>
/// Reads two-column rate files: <c>observation_date,SERIES</c> (FRED download), <c>date,value</c>, or any
/// <c>date,&lt;name&gt;</c>. A blank value or "." means no observation that day: counted, not an error.
/// </summary>
public static class FredSeriesReader
{
    /// <exception cref="DataException">Empty file, header not of that form, bad date or number, or unsorted/duplicate dates.</exception>
    public static RateSeries Read(string path)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var first = reader.ReadLine();
        if (first is null || first.Trim().TrimStart('\uFEFF').Length == 0)
        {
            throw DataException.InFile(path, "the file is empty (no header)", "Write a header such as observation_date,DFF and data rows.");
        }

        var header = CsvHeader.Parse(first);
        if (!header.IsRateHeader)
        {
            throw header.Missing(path, "expected exactly two columns: a date column and one value column");
        }

        var dates = new List<DateOnly>();
        var values = new List<double>();
        var missing = 0;
        var line = 1;
        DateOnly? lastDate = null;
        for (var text = reader.ReadLine(); text is not null; text = reader.ReadLine())
        {
            line++;
            if (text.Trim().Length == 0)
            {
                continue;
            }

            var f = FieldParser.Fields(path, line, text.TrimEnd('\r'), 2, string.Join(',', header.Raw));
            var date = FieldParser.Date(path, line, header.Raw[0], f[0].Trim(), "yyyy-MM-dd");
            CheckOrder(path, line, header.Raw[0], f[0], date, lastDate);
            lastDate = date;

            var raw = f[1].Trim();
            if (raw.Length == 0 || raw == ".")
            {
                missing++;
                continue;
            }

            var value = FieldParser.Number(path, line, header.Raw[1], raw);
            if (!double.IsFinite(value))
            {
                throw DataException.At(path, line, header.Raw[1], raw, "value is NaN or infinite", "Leave the value blank for a day without observation.");
            }

            dates.Add(date);
            values.Add(value);
        }

        if (dates.Count == 0)
        {
            throw DataException.InFile(path, "the file has no observations (empty, header only, or all values blank)", "Download the series again.");
        }

        var name = header.Names[1] == "value" ? Path.GetFileNameWithoutExtension(path) : header.Raw[1];
        return new RateSeries(name, path, [.. dates], [.. values], missing);
    }

    private static void CheckOrder(string path, int line, string column, string raw, DateOnly date, DateOnly? previous)
    {
        if (previous is null)
        {
            return;
        }

        if (date < previous)
        {
            throw DataException.At(path, line, column, raw, "date is earlier than the previous observation", "Sort the file by date in ascending order.");
        }

        if (date == previous)
        {
            throw DataException.At(path, line, column, raw, "date repeats the previous observation", "Remove the duplicate row.");
        }
    }
}
