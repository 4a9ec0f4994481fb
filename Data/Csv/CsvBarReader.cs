using System.Text;
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
    public static CsvBarSeries Read(string path, ValidationOptions? options = null) => Series(path, Scan(path, options, keepValues: true));

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

    /// <summary><see cref="Read"/> through the text reader alone: the reference its byte reader must agree with (tests).</summary>
    internal static CsvBarSeries ReadAsText(string path, ValidationOptions? options = null)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return Series(path, ScanText(path, reader, options, keepValues: true, sink: null));
    }

    private static CsvBarSeries Series(string path, ScanResult scan)
    {
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
    /// Read reads the file's bytes: a row whose fields are plain (printable ASCII without blanks, the date as yyyy-MM-dd, numbers
    /// as double.Parse reads them) is parsed without strings; any other row, and a file in UTF-16 or UTF-32, goes
    /// through the text reader, which reads or reports it as before. Lines, values, reports and errors are the same.
    /// </summary>
    private static ScanResult Scan(string path, ValidationOptions? options, bool keepValues, ICsvBarSink? sink = null)
    {
        if (!keepValues)
        {
            // Validation and streaming import keep no rows and must run in bounded memory whatever the file's size: they
            // read line by line. (Read keeps every row anyway, so holding the file's bytes meanwhile is of the same order.)
            using var stream = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
            return ScanText(path, stream, options, keepValues, sink);
        }

        var data = File.ReadAllBytes(path);
        if (Utf8Text.HasUtf16Or32Mark(data))
        {
            using var reader = new StreamReader(new MemoryStream(data), detectEncodingFromByteOrderMarks: true);
            return ScanText(path, reader, options, keepValues, sink);
        }

        var position = Utf8Text.Start(data);
        if (!Utf8Text.NextLine(data, ref position, out var headerStart, out var headerWidth))
        {
            throw EmptyFile(path);
        }

        var first = Encoding.UTF8.GetString(data, headerStart, headerWidth);
        var (layout, header, rows, adjusted, dividends) = Begin(path, first, options, keepValues, sink);
        var line = 1;
        // One more than the header's fields: the last range takes whatever follows them (the text reader ignores it too).
        var fields = new Range[header.Names.Length + 1];
        while (Utf8Text.NextLine(data, ref position, out var start, out var width))
        {
            line++;
            var bytes = data.AsSpan(start, width);
            if (Plain(bytes) && Utf8Text.Split(bytes, fields, (byte)',') >= header.Names.Length && layout.TryParse(bytes, fields, out var row))
            {
                rows.Add(line, new RawLine(data, start, width), row.Date.ToDateTime(TimeOnly.MinValue), row.Open, row.High, row.Low, row.Close, row.Volume);
            }
            else
            {
                var text = Encoding.UTF8.GetString(bytes);
                if (text.Trim().Length == 0)
                {
                    continue;
                }

                row = ParseText(path, line, text, layout, header);
                rows.Add(line, text, row.Date.ToDateTime(TimeOnly.MinValue), row.Open, row.High, row.Low, row.Close, row.Volume);
            }

            adjusted?.Add(row.AdjustedClose);
            dividends?.Add(row.Dividend);
            sink?.Add(row);
        }

        return new ScanResult(layout, rows, adjusted, dividends, rows.Finish());
    }

    /// <summary>Printable ASCII without blanks (a row the text reader would neither trim nor decode differently).</summary>
    private static bool Plain(ReadOnlySpan<byte> bytes) => bytes.Length > 0 && !bytes.ContainsAnyExceptInRange((byte)0x21, (byte)0x7E);

    private static DataException EmptyFile(string path) =>
        DataException.InFile(path, "the file is empty (no header)", "Write a header such as Date,Open,High,Low,Close,Volume and data rows.");

    private static (Layout Layout, CsvHeader Header, BarRows Rows, List<double>? Adjusted, List<double>? Dividends) Begin(
        string path, string first, ValidationOptions? options, bool keepValues, ICsvBarSink? sink)
    {
        if (first.Trim().TrimStart('\uFEFF').Length == 0)
        {
            throw EmptyFile(path);
        }

        var header = CsvHeader.Parse(first);
        var layout = Layout.From(path, header);
        var rows = new BarRows(path, layout.ColumnNames(header), options ?? ValidationOptions.Strict, keepValues);
        var adjusted = layout.AdjClose >= 0 && keepValues ? new List<double>() : null;
        var dividends = layout.Dividends >= 0 && keepValues ? new List<double>() : null;
        sink?.Start(layout.Format, layout.Adjustment, layout.AdjClose >= 0, layout.Dividends >= 0);
        return (layout, header, rows, adjusted, dividends);
    }

    private static CsvBarRow ParseText(string path, int line, string text, Layout layout, CsvHeader header)
    {
        var f = text.Split(',');
        if (f.Length < header.Names.Length)
        {
            throw DataException.At(path, line, null, text, $"expected {header.Names.Length} fields ({string.Join(',', header.Raw)}) but found {f.Length}", "Complete or remove the row.");
        }

        return layout.Parse(path, line, f, header);
    }

    private static ScanResult ScanText(string path, StreamReader reader, ValidationOptions? options, bool keepValues, ICsvBarSink? sink)
    {
        var first = reader.ReadLine();
        if (first is null)
        {
            throw EmptyFile(path);
        }

        var (layout, header, rows, adjusted, dividends) = Begin(path, first, options, keepValues, sink);
        var line = 1;
        for (var text = reader.ReadLine(); text is not null; text = reader.ReadLine())
        {
            line++;
            if (text.Trim().Length == 0)
            {
                continue;
            }

            var row = ParseText(path, line, text, layout, header);
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

        /// <summary>A plain row's fields (<see cref="Scan"/>): the date exactly yyyy-MM-dd, numbers as double.TryParse reads
        /// them; false for anything the text path must read or report.</summary>
        public bool TryParse(ReadOnlySpan<byte> bytes, ReadOnlySpan<Range> fields, out CsvBarRow row)
        {
            row = default;
            var d = bytes[fields[Date]];
            if (d.Length != 10 || d[4] != (byte)'-' || d[7] != (byte)'-' || !Utf8Text.TryDigits(d[..4], out var year)
                || !Utf8Text.TryDigits(d.Slice(5, 2), out var month) || !Utf8Text.TryDigits(d.Slice(8, 2), out var day)
                || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth((int)year, (int)month))
            {
                return false;
            }

            double open = 0, high = 0, low = 0, volume = double.NaN, adjusted = 0, dividend = 0;
            if (!Utf8Text.TryNumber(bytes[fields[Close]], out var close)
                || (Open >= 0 && !Utf8Text.TryNumber(bytes[fields[Open]], out open))
                || (High >= 0 && !Utf8Text.TryNumber(bytes[fields[High]], out high))
                || (Low >= 0 && !Utf8Text.TryNumber(bytes[fields[Low]], out low))
                || (Volume >= 0 && !Utf8Text.TryNumber(bytes[fields[Volume]], out volume))
                || (AdjClose >= 0 && !Utf8Text.TryNumber(bytes[fields[AdjClose]], out adjusted))
                || (Dividends >= 0 && !Utf8Text.TryNumber(bytes[fields[Dividends]], out dividend)))
            {
                return false;
            }

            row = new CsvBarRow(new DateOnly((int)year, (int)month, (int)day), Open >= 0 ? open : close, High >= 0 ? high : close, Low >= 0 ? low : close,
                close, volume, adjusted, dividend);
            return true;
        }

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
