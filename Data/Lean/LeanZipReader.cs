using System.Buffers;
using System.IO.Compression;
using System.Text;
using Backtest.Data.Calendar;
using Backtest.Data.Errors;
using Backtest.Data.Model;
using Backtest.Data.Validation;

namespace Backtest.Data.Lean;

/// <summary>
/// Reads LEAN equity zips (SEMANTICS.md A.1): the first entry, CSV without header, prices in deci-cents
/// (divided by 10,000 here), volume in shares. Times are New York local.
/// </summary>
public static class LeanZipReader
{
    private const double PriceScale = 10_000.0;
    private static readonly string[] TradeColumns = ["time", "open", "high", "low", "close", "volume"];

    /// <summary>
    /// Reads a daily or hour zip (<c>equity/usa/{daily,hour}/&lt;ticker&gt;.zip</c>, rows <c>yyyyMMdd HH:mm,o,h,l,c,v</c>).
    /// Daily bars are re-timed as LEAN's strict daily end times: Time = the session open of the date, EndTime = its
    /// close from <paramref name="calendar"/> (13:00 on early closes). Hour bars: Time from the file, EndTime = Time + 1 h.
    /// </summary>
    /// <exception cref="DataException">Unreadable zip, bad row, or a failed validation check.</exception>
    public static LeanBarFile ReadTradeBars(string path, Resolution resolution, TradingCalendar calendar, ValidationOptions? options = null) =>
        ReadTradeBars(path, resolution, calendar, options, null);

    /// <summary><see cref="ReadTradeBars(string, Resolution, TradingCalendar, ValidationOptions?)"/> into
    /// <paramref name="into"/> (cleared first; a reader of many files reuses one list), or a new list when null.</summary>
    internal static LeanBarFile ReadTradeBars(string path, Resolution resolution, TradingCalendar calendar, ValidationOptions? options, List<Bar>? into)
    {
        if (resolution is not (Resolution.Daily or Resolution.Hour))
        {
            throw new ArgumentException("Use ReadMinuteTrades for minute zips.", nameof(resolution));
        }

        var parse = TradeRowParser(resolution, calendar);
        return ReadEntryBytes(path, (file, data, length) =>
        {
            if (Utf8Text.HasUtf16Or32Mark(data.AsSpan(0, length)))
            {
                // Not UTF-8: read it as text, as a StreamReader detects the encoding from the mark.
                using var reader = new StreamReader(new MemoryStream(data, 0, length));
                return ReadTradeRows(path, file, reader, options, TradeColumns, TradeLayout, parse, into);
            }

            // Rows are at most the line breaks + 1: sized once, the list is not regrown (and copied) while filling.
            var bytes = data.AsSpan(0, length);
            var capacity = Math.Max(bytes.Count((byte)'\n'), bytes.Count((byte)'\r')) + 1;
            var bars = into ?? new List<Bar>(capacity);
            bars.Clear();
            bars.EnsureCapacity(capacity);
            return ReadTradeBytes(path, file, data, length, resolution, calendar, options, parse, bars);
        });
    }

    /// <summary><see cref="ReadTradeBars"/> through the general text reader alone: the reference its byte reader must agree
    /// with (tests).</summary>
    internal static LeanBarFile ReadTradeBarsAsText(string path, Resolution resolution, TradingCalendar calendar, ValidationOptions? options = null) =>
        ReadTrades(path, options, TradeColumns, TradeLayout, TradeRowParser(resolution, calendar));

    private const string TradeLayout = "yyyyMMdd HH:mm,open,high,low,close,volume";

    private static Func<string, int, string[], (DateTime Stamp, Bar Bar)> TradeRowParser(Resolution resolution, TradingCalendar calendar) =>
        (file, line, f) =>
        {
            var stamp = FieldParser.DateTime(file, line, "time", f[0], "yyyyMMdd HH:mm");
            return (stamp, MakeBar(file, line, f, stamp, resolution, calendar));
        };

    /// <summary>
    /// Reads a minute trade zip (<c>equity/usa/minute/&lt;t&gt;/&lt;yyyyMMdd&gt;_trade.zip</c>, rows
    /// <c>ms_since_midnight,o,h,l,c,v</c>) of trading date <paramref name="date"/>; EndTime = Time + 1 min.
    /// Extended-hours bars are kept.
    /// </summary>
    /// <exception cref="DataException">Unreadable zip, bad row, or a failed validation check.</exception>
    public static LeanBarFile ReadMinuteTrades(string path, DateOnly date, ValidationOptions? options = null)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        return ReadTrades(path, options, ["ms", "open", "high", "low", "close", "volume"], "ms,open,high,low,close,volume", (file, line, f) =>
        {
            var start = midnight.AddMilliseconds(Milliseconds(file, line, f[0]));
            return (start, new Bar(start, start.AddMinutes(1), Price(file, line, "open", f[1]), Price(file, line, "high", f[2]),
                Price(file, line, "low", f[3]), Price(file, line, "close", f[4]), FieldParser.Number(file, line, "volume", f[5])));
        });
    }

    /// <summary>
    /// Reads a minute quote zip (rows <c>ms,bidO,bidH,bidL,bidC,bidSize,askO,askH,askL,askC,askSize</c>) of
    /// trading date <paramref name="date"/>. Empty price fields (a side without quotes) read as 0.
    /// </summary>
    /// <exception cref="DataException">Unreadable zip, bad row, rows out of time order, or no rows.</exception>
    public static IReadOnlyList<QuoteBar> ReadMinuteQuotes(string path, DateOnly date) =>
        ReadEntry(path, (file, reader) =>
        {
            var bars = new List<QuoteBar>();
            var midnight = date.ToDateTime(TimeOnly.MinValue);
            foreach (var (line, text) in DataLines(reader))
            {
                var f = FieldParser.Fields(file, line, text, 11, "ms,bidO,bidH,bidL,bidC,bidSize,askO,askH,askL,askC,askSize");
                var start = midnight.AddMilliseconds(Milliseconds(file, line, f[0]));
                if (bars.Count > 0 && start <= bars[^1].Time)
                {
                    throw DataException.At(file, line, "ms", f[0], "time is not after the previous row's", "Sort the rows by time and remove duplicates.");
                }

                bars.Add(new QuoteBar(start, start.AddMinutes(1),
                    Quote(file, line, "bidO", f[1]), Quote(file, line, "bidH", f[2]), Quote(file, line, "bidL", f[3]), Quote(file, line, "bidC", f[4]),
                    Size(file, line, "bidSize", f[5]),
                    Quote(file, line, "askO", f[6]), Quote(file, line, "askH", f[7]), Quote(file, line, "askL", f[8]), Quote(file, line, "askC", f[9]),
                    Size(file, line, "askSize", f[10])));
            }

            if (bars.Count == 0)
            {
                throw DataException.InFile(file, "the file has no data rows", "Remove the empty quote file.");
            }

            return (IReadOnlyList<QuoteBar>)bars;
        });

    /// <summary>Reads the trade rows of a zip's entry; <paramref name="parse"/> turns one row's fields into its time stamp and bar.</summary>
    private static LeanBarFile ReadTrades(
        string path, ValidationOptions? options, string[] columns, string layout, Func<string, int, string[], (DateTime Stamp, Bar Bar)> parse) =>
        ReadEntry(path, (file, reader) => ReadTradeRows(path, file, reader, options, columns, layout, parse));

    private static LeanBarFile ReadTradeRows(
        string path, string file, StreamReader reader, ValidationOptions? options, string[] columns, string layout, Func<string, int, string[], (DateTime Stamp, Bar Bar)> parse,
        List<Bar>? into = null)
    {
        var rows = new BarRows(file, columns, options ?? ValidationOptions.Strict, keepValues: false);
        var bars = into ?? [];
        bars.Clear();
        foreach (var (line, text) in DataLines(reader))
        {
            var (stamp, bar) = parse(file, line, FieldParser.Fields(file, line, text, 6, layout));
            bars.Add(bar);
            rows.Add(line, text, stamp, bar.Open, bar.High, bar.Low, bar.Close, bar.Volume);
        }

        return new LeanBarFile(path, EntryNameOf(file), bars, rows.Finish());
    }

    /// <summary>
    /// Daily and hour rows straight from the entry's UTF-8 bytes: lines are split as <see cref="StreamReader.ReadLine"/>
    /// splits them (\n, \r or \r\n; a leading byte order mark skipped; empty lines counted and skipped), and a row in the
    /// form LEAN writes (<c>yyyyMMdd HH:mm</c> and five unsigned integers of at most 15 digits, nothing else) is read
    /// without making strings: such integers are exact in a double, so the values are those double.Parse gives. Any
    /// other row goes through <paramref name="parse"/> on its text, the general reader, which reads what it can and
    /// reports the rest with file, line and column. So every row gets the same values and errors as through text.
    /// </summary>
    private static LeanBarFile ReadTradeBytes(
        string path, string file, byte[] data, int length, Resolution resolution, TradingCalendar calendar, ValidationOptions? options,
        Func<string, int, string[], (DateTime Stamp, Bar Bar)> parse, List<Bar> bars)
    {
        var rows = new BarRows(file, TradeColumns, options ?? ValidationOptions.Strict, keepValues: false);
        var text = data.AsSpan(0, length);
        var position = Utf8Text.Start(text);
        var line = 0;
        while (Utf8Text.NextLine(text, ref position, out var start, out var width))
        {
            line++;
            if (width == 0)
            {
                continue;
            }

            if (TryReadRow(text.Slice(start, width), resolution, calendar, out var stamp, out var bar))
            {
                rows.Add(line, new RawLine(data, start, width), stamp, bar.Open, bar.High, bar.Low, bar.Close, bar.Volume);
            }
            else
            {
                var raw = Encoding.UTF8.GetString(text.Slice(start, width));
                (stamp, bar) = parse(file, line, FieldParser.Fields(file, line, raw, 6, TradeLayout));
                rows.Add(line, raw, stamp, bar.Open, bar.High, bar.Low, bar.Close, bar.Volume);
            }

            bars.Add(bar);
        }

        return new LeanBarFile(path, EntryNameOf(file), bars, rows.Finish());
    }

    /// <summary>A row exactly as LEAN writes it (see <see cref="ReadTradeBytes"/>), on a trading day for daily bars; false
    /// for anything else, which the text reader then handles.</summary>
    private static bool TryReadRow(ReadOnlySpan<byte> s, Resolution resolution, TradingCalendar calendar, out DateTime stamp, out Bar bar)
    {
        stamp = default;
        bar = default;
        if (s.Length < 24 || s[8] != (byte)' ' || s[11] != (byte)':' || s[14] != (byte)','
            || !Utf8Text.TryDigits(s[..8], out var ymd) || !Utf8Text.TryDigits(s.Slice(9, 2), out var hour) || !Utf8Text.TryDigits(s.Slice(12, 2), out var minute))
        {
            return false;
        }

        var (year, month, day) = ((int)(ymd / 10_000), (int)(ymd / 100 % 100), (int)(ymd % 100));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > System.DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59)
        {
            return false;
        }

        Span<long> values = stackalloc long[5];
        var rest = s[15..];
        for (var k = 0; k < 5; k++)
        {
            var comma = rest.IndexOf((byte)',');
            var field = k < 4 ? (comma < 0 ? default : rest[..comma]) : rest;
            if (field.Length > 15 || !Utf8Text.TryDigits(field, out values[k]))
            {
                return false;
            }

            rest = k < 4 ? rest[(comma + 1)..] : default;
        }

        stamp = new DateTime(year, month, day, (int)hour, (int)minute, 0);
        if (resolution == Resolution.Daily && !calendar.IsTradingDay(new DateOnly(year, month, day)))
        {
            return false;
        }

        var (start, end) = BarTimes(stamp, resolution, calendar);
        bar = new Bar(start, end, values[0] / PriceScale, values[1] / PriceScale, values[2] / PriceScale, values[3] / PriceScale, values[4]);
        return true;
    }

    /// <summary>The non-empty lines of an entry with their 1-based line numbers.</summary>
    private static IEnumerable<(int Line, string Text)> DataLines(StreamReader reader)
    {
        var line = 0;
        for (var text = reader.ReadLine(); text is not null; text = reader.ReadLine())
        {
            line++;
            if (text.Length > 0)
            {
                yield return (line, text);
            }
        }
    }

    private static Bar MakeBar(string file, int line, string[] f, DateTime stamp, Resolution resolution, TradingCalendar calendar)
    {
        var date = DateOnly.FromDateTime(stamp);
        if (resolution == Resolution.Daily && !calendar.IsTradingDay(date))
        {
            throw DataException.At(file, line, "time", f[0], $"{date:yyyy-MM-dd} is not a trading day of the exchange calendar", "Remove the row or correct the calendar (market-hours-database.json).");
        }

        var (start, end) = BarTimes(stamp, resolution, calendar);
        return new Bar(start, end, Price(file, line, "open", f[1]), Price(file, line, "high", f[2]), Price(file, line, "low", f[3]),
            Price(file, line, "close", f[4]), FieldParser.Number(file, line, "volume", f[5]));
    }

    /// <summary>A bar's start and end from its file time stamp: a daily bar spans its trading day's session (the close 13:00
    /// on early closes), an hour bar the hour from its stamp.</summary>
    private static (DateTime Start, DateTime End) BarTimes(DateTime stamp, Resolution resolution, TradingCalendar calendar)
    {
        if (resolution != Resolution.Daily)
        {
            return (stamp, stamp.AddHours(1));
        }

        var date = DateOnly.FromDateTime(stamp);
        return (date.ToDateTime(calendar.OpenOn(date)), date.ToDateTime(calendar.CloseOn(date)));
    }

    private static double Price(string file, int line, string column, string raw) => FieldParser.Number(file, line, column, raw) / PriceScale;

    private static double Quote(string file, int line, string column, string raw) =>
        raw.Length == 0 ? 0.0 : FieldParser.Number(file, line, column, raw) / PriceScale;

    private static double Size(string file, int line, string column, string raw) =>
        raw.Length == 0 ? 0.0 : FieldParser.Number(file, line, column, raw);

    private static long Milliseconds(string file, int line, string raw)
    {
        var ms = FieldParser.Integer(file, line, "ms", raw);
        if (ms is < 0 or >= 86_400_000)
        {
            throw DataException.At(file, line, "ms", raw, "milliseconds since midnight must be in [0, 86400000)", "Correct the time field.");
        }

        return ms;
    }

    private static string EntryNameOf(string file)
    {
        var bang = file.LastIndexOf('!');
        return bang < 0 ? string.Empty : file[(bang + 1)..];
    }

    /// <summary>Opens the first entry and hands "zip!entry" (the name used in messages) and a reader to <paramref name="read"/>.</summary>
    private static T ReadEntry<T>(string path, Func<string, StreamReader, T> read) =>
        OpenEntry(path, (name, entry) =>
        {
            using var reader = new StreamReader(entry.Open());
            return read(name, reader);
        });

    /// <summary>Decompresses the first entry whole into a pooled buffer and hands "zip!entry", its bytes and their count to
    /// <paramref name="read"/>; the buffer goes back to the pool afterwards, so <paramref name="read"/> must not keep it.</summary>
    private static T ReadEntryBytes<T>(string path, Func<string, byte[], int, T> read)
    {
        byte[] data = [];
        var length = 0;
        try
        {
            var name = OpenEntry(path, (name, entry) =>
            {
                using var stream = entry.Open();
                // The declared size is a hint only (a damaged entry may differ, or claim gigabytes): start from it, at most
                // 64 MB, and grow while reading to the end.
                data = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(entry.Length + 1, 16, 1 << 26));
                for (int n; (n = stream.Read(data, length, data.Length - length)) > 0;)
                {
                    length += n;
                    if (length == data.Length)
                    {
                        if (length >= Array.MaxLength)
                        {
                            throw DataException.InFile(name, "the zip entry is larger than 2 GB when decompressed", "Split the data into smaller files.");
                        }

                        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)data.Length * 2, Array.MaxLength));
                        data.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(data);
                        data = larger;
                    }
                }

                return name;
            });
            return read(name, data, length);
        }
        finally
        {
            if (data.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(data);
            }
        }
    }

    /// <summary>Opens the first entry and hands "zip!entry" and the entry to <paramref name="use"/>, reporting a damaged zip or
    /// entry as a <see cref="DataException"/>.</summary>
    private static T OpenEntry<T>(string path, Func<string, ZipArchiveEntry, T> use)
    {
        ZipArchive archive;
        ZipArchiveEntry? entry;
        try
        {
            archive = ZipFile.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            throw new DataException($"{path}: cannot open as a zip archive ({e.Message}). Replace the file with a valid LEAN zip.", e) { File = path };
        }

        using (archive)
        {
            try
            {
                // The central directory is read lazily, on the first access to Entries.
                entry = archive.Entries.Count == 0 ? null : archive.Entries[0];
            }
            catch (InvalidDataException e)
            {
                throw new DataException($"{path}: the zip's central directory is damaged ({e.Message}). Replace the file with a valid LEAN zip.", e) { File = path };
            }

            if (entry is null)
            {
                throw DataException.InFile(path, "the zip archive has no entries", "Replace the file with a valid LEAN zip holding one CSV entry.");
            }

            var name = $"{path}!{entry.FullName}";
            try
            {
                return use(name, entry);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or NotSupportedException)
            {
                // Damage inside the compressed entry (unsupported method, bad deflate stream, CRC mismatch) only shows while reading it.
                throw new DataException($"{name}: the zip entry cannot be decompressed ({e.Message}). Replace the file with a valid LEAN zip.", e) { File = path };
            }
        }
    }
}
