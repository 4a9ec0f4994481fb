using System.IO.Compression;
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
    public static LeanBarFile ReadTradeBars(string path, Resolution resolution, TradingCalendar calendar, ValidationOptions? options = null)
    {
        if (resolution is not (Resolution.Daily or Resolution.Hour))
        {
            throw new ArgumentException("Use ReadMinuteTrades for minute zips.", nameof(resolution));
        }

        return ReadTrades(path, options, TradeColumns, "yyyyMMdd HH:mm,open,high,low,close,volume", (file, line, f) =>
        {
            var stamp = FieldParser.DateTime(file, line, "time", f[0], "yyyyMMdd HH:mm");
            return (stamp, MakeBar(file, line, f, stamp, resolution, calendar));
        });
    }

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
        ReadEntry(path, (file, reader) =>
        {
            var rows = new BarRows(file, columns, options ?? ValidationOptions.Strict);
            var bars = new List<Bar>();
            foreach (var (line, text) in DataLines(reader))
            {
                var (stamp, bar) = parse(file, line, FieldParser.Fields(file, line, text, 6, layout));
                bars.Add(bar);
                rows.Add(line, text, stamp, bar.Open, bar.High, bar.Low, bar.Close, bar.Volume);
            }

            return new LeanBarFile(path, EntryNameOf(file), bars, rows.Finish());
        });

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
        DateTime start, end;
        if (resolution == Resolution.Daily)
        {
            var date = DateOnly.FromDateTime(stamp);
            if (!calendar.IsTradingDay(date))
            {
                throw DataException.At(file, line, "time", f[0], $"{date:yyyy-MM-dd} is not a trading day of the exchange calendar", "Remove the row or correct the calendar (market-hours-database.json).");
            }

            start = date.ToDateTime(calendar.OpenOn(date));
            end = date.ToDateTime(calendar.CloseOn(date));
        }
        else
        {
            start = stamp;
            end = stamp.AddHours(1);
        }

        return new Bar(start, end, Price(file, line, "open", f[1]), Price(file, line, "high", f[2]), Price(file, line, "low", f[3]),
            Price(file, line, "close", f[4]), FieldParser.Number(file, line, "volume", f[5]));
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
    private static T ReadEntry<T>(string path, Func<string, StreamReader, T> read)
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
                using var reader = new StreamReader(entry.Open());
                return read(name, reader);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or NotSupportedException)
            {
                // Damage inside the compressed entry (unsupported method, bad deflate stream, CRC mismatch) only shows while reading it.
                throw new DataException($"{name}: the zip entry cannot be decompressed ({e.Message}). Replace the file with a valid LEAN zip.", e) { File = path };
            }
        }
    }
}
