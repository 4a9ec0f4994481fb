using Backtest.Data.Errors;
using Backtest.Data.Validation;

namespace Backtest.Data.Csv;

/// <summary>
/// Reads daily bar CSVs with a header (case-insensitive, optional UTF-8 BOM, CRLF or LF line ends). Recognised layouts
/// are in <see cref="CsvBarFormat"/>; further columns (e.g. yfinance's constant "stock" column) are ignored. Dates are
/// <c>yyyy-MM-dd</c>. Every row is checked by the validation rules of <see cref="ValidationOptions"/>.
/// </summary>
public static class CsvBarReader
{
    /// <exception cref="DataException">
    /// Empty file, header only, missing columns, an unparseable value, or a failed check that is not downgraded.
    /// </exception>
    public static CsvBarSeries Read(string path, ValidationOptions? options = null)
    {
        var scan = Scan(path, options, keepValues: true);
        var rows = scan.Rows;
        var dates = new DateOnly[rows.Times.Count];
        for (var i = 0; i < dates.Length; i++)
        {
            dates[i] = DateOnly.FromDateTime(rows.Times[i]);
        }

        return new CsvBarSeries(path, scan.Layout.Format, dates, [.. rows.Open], [.. rows.High], [.. rows.Low], [.. rows.Close], [.. rows.Volume],
            scan.AdjustedClose?.ToArray(), scan.Dividends?.ToArray(), scan.Layout.Adjustment, scan.Report);
    }

    /// <summary>
    /// Checks the file exactly as <see cref="Read"/> does, in one streaming pass that keeps no rows, so memory stays
    /// bounded (a few buffers plus the warnings) whatever the file's size.
    /// </summary>
    /// <exception cref="DataException">As for <see cref="Read"/>.</exception>
    internal static ValidationReport Validate(string path, ValidationOptions? options = null) => Scan(path, options, keepValues: false, sink: null).Report;

    /// <summary>
    /// Checks the file exactly as <see cref="Read"/> does and hands every row to <paramref name="sink"/> as it is read,
    /// keeping none, so memory stays bounded whatever the file's size. A row reaches the sink only after it passed its
    /// checks; a later bad row still throws, so the sink must not publish anything before this returns.
    /// </summary>
    /// <exception cref="DataException">As for <see cref="Read"/>.</exception>
    internal static ValidationReport ReadInto(string path, ICsvBarSink sink, ValidationOptions? options = null) => Scan(path, options, keepValues: false, sink).Report;

    private static ScanResult Scan(string path, ValidationOptions? options, bool keepValues, ICsvBarSink? sink = null)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var first = reader.ReadLine();
        if (first is null || first.Trim().TrimStart('\uFEFF').Length == 0)
        {
            throw DataException.InFile(path, "the file is empty (no header)", "Write a header such as Date,Open,High,Low,Close,Volume and data rows.");
        }

        var header = CsvHeader.Parse(first);
        var layout = Layout.From(path, header);
        var rows = new BarRows(path, layout.ColumnNames(header), options ?? ValidationOptions.Strict, keepValues);
        var adjusted = layout.AdjClose >= 0 && keepValues ? new List<double>() : null;
        var dividends = layout.Dividends >= 0 && keepValues ? new List<double>() : null;
        sink?.Start(layout.Format, layout.Adjustment, layout.AdjClose >= 0, layout.Dividends >= 0);
        var line = 1;
        for (var text = reader.ReadLine(); text is not null; text = reader.ReadLine())
        {
            line++;
            if (text.Trim().Length == 0)
            {
                continue;
            }

            var f = text.Split(',');
            if (f.Length < header.Names.Length)
            {
                throw DataException.At(path, line, null, text, $"expected {header.Names.Length} fields ({string.Join(',', header.Raw)}) but found {f.Length}", "Complete or remove the row.");
            }

            var row = layout.Parse(path, line, f, header);
            rows.Add(line, text, row.Date.ToDateTime(TimeOnly.MinValue), row.Open, row.High, row.Low, row.Close, row.Volume);
            adjusted?.Add(row.AdjustedClose);
            dividends?.Add(row.Dividend);
            sink?.Add(row);
        }

        return new ScanResult(layout, rows, adjusted, dividends, rows.Finish());
    }

    private sealed record ScanResult(Layout Layout, BarRows Rows, List<double>? AdjustedClose, List<double>? Dividends, ValidationReport Report);

    /// <summary>Column positions of a recognised header.</summary>
    private sealed record Layout(CsvBarFormat Format, int Date, int Open, int High, int Low, int Close, int Volume, int AdjClose, int Dividends)
    {
        public static Layout From(string path, CsvHeader header)
        {
            int date = header.DateIndex(), close = header.IndexOf("close");
            int open = header.IndexOf("open"), high = header.IndexOf("high"), low = header.IndexOf("low");
            if (date < 0 || close < 0)
            {
                throw header.Missing(path, date < 0 && close < 0 ? "Date, Close" : date < 0 ? "Date" : "Close");
            }

            var ohl = (open >= 0 ? 1 : 0) + (high >= 0 ? 1 : 0) + (low >= 0 ? 1 : 0);
            if (ohl is 1 or 2)
            {
                throw header.Missing(path, "Open, High and Low must all be present or all absent");
            }

            var adj = header.IndexOf("adjclose");
            var format = ohl == 0 ? CsvBarFormat.CloseOnly : adj >= 0 ? CsvBarFormat.Yahoo : CsvBarFormat.Ohlcv;
            return new Layout(format, date, open, high, low, close, header.IndexOf("volume"), adj, header.IndexOf("dividends"));
        }

        public string[] ColumnNames(CsvHeader header) =>
        [
            header.Raw[Date],
            Open >= 0 ? header.Raw[Open] : header.Raw[Close],
            High >= 0 ? header.Raw[High] : header.Raw[Close],
            Low >= 0 ? header.Raw[Low] : header.Raw[Close],
            header.Raw[Close],
            Volume >= 0 ? header.Raw[Volume] : "volume",
        ];

        /// <summary>Yahoo files carry split-adjusted prices beside an adjusted close; every other layout is fully adjusted.</summary>
        public CsvPriceAdjustment Adjustment => Format == CsvBarFormat.Yahoo ? CsvPriceAdjustment.Splits : CsvPriceAdjustment.Full;

        public CsvBarRow Parse(string path, int line, string[] f, CsvHeader header)
        {
            var date = FieldParser.Date(path, line, header.Raw[Date], f[Date].Trim(), "yyyy-MM-dd");
            var close = FieldParser.Number(path, line, header.Raw[Close], f[Close].Trim());
            var open = Open >= 0 ? FieldParser.Number(path, line, header.Raw[Open], f[Open].Trim()) : close;
            var high = High >= 0 ? FieldParser.Number(path, line, header.Raw[High], f[High].Trim()) : close;
            var low = Low >= 0 ? FieldParser.Number(path, line, header.Raw[Low], f[Low].Trim()) : close;
            var volume = Volume >= 0 ? FieldParser.Number(path, line, header.Raw[Volume], f[Volume].Trim()) : double.NaN;
            var adjusted = AdjClose >= 0 ? FieldParser.Number(path, line, header.Raw[AdjClose], f[AdjClose].Trim()) : 0;
            var dividend = Dividends >= 0 ? FieldParser.Number(path, line, header.Raw[Dividends], f[Dividends].Trim()) : 0;
            return new CsvBarRow(date, open, high, low, close, volume, adjusted, dividend);
        }
    }
}
