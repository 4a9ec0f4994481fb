using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Backtest.Engine.Backtesting;

namespace Backtest.Engine.Results;

/// <summary>
/// Writes a run's result files into a folder: <c>result.json</c> (statistics under LEAN's names, extended metrics,
/// orders, order events, trades, equity, benchmark, daily series, plots, parameters, data fingerprint, engine
/// version, order hash) and CSV copies <c>equity.csv</c>, <c>orders.csv</c>, <c>trades.csv</c>.
/// Byte-deterministic: invariant culture, shortest round-trip numbers, fixed key order, LF line endings, UTF-8
/// without BOM, no wall-clock time. Times are New York local times in ISO 8601 without offset.
/// </summary>
public static class ResultFiles
{
    public const string ResultJson = "result.json";
    public const string EquityCsv = "equity.csv";
    public const string OrdersCsv = "orders.csv";
    public const string TradesCsv = "trades.csv";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes every file; the folder must exist. Existing files are replaced.</summary>
    /// <param name="statistics">LEAN's summary strings in LEAN's key order.</param>
    /// <param name="extended">Further metrics by name (fractions, conventions documented by their producer).</param>
    public static void Write(
        string folder,
        RunDescription run,
        BacktestResult result,
        IReadOnlyList<KeyValuePair<string, string>> statistics,
        IReadOnlyList<KeyValuePair<string, double>> extended,
        Func<DateOnly, bool> isTradingDay)
    {
        var daily = DailySeries(result, isTradingDay);
        using (var json = new FileStream(Path.Combine(folder, ResultJson), FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
        {
            ResultJsonWriter.Write(json, run, result, statistics, extended, daily);
        }

        WriteText(Path.Combine(folder, EquityCsv), EquityCsvText(daily));
        WriteText(Path.Combine(folder, OrdersCsv), OrdersCsvText(result));
        WriteText(Path.Combine(folder, TradesCsv), TradesCsvText(result));
    }

    /// <summary>
    /// Closing values per trading day. LEAN samples at 00:00 of every calendar day (the state after the previous
    /// day's close) and once more at the final step, so trading day D's close is the 00:00 sample of D + 1, and the
    /// last day's is the final sample. Days for which <paramref name="isTradingDay"/> is false are left out.
    /// </summary>
    public static IReadOnlyList<DailyPoint> DailySeries(BacktestResult result, Func<DateOnly, bool> isTradingDay)
    {
        // Both series are in strictly increasing time order (the recorder only appends later points), so the benchmark
        // value at an equity sample's time is found by walking a cursor alongside, not through a dictionary of all of
        // them (this runs once per sweep trial).
        var benchmark = TimeSeriesView.Of(result.Benchmark);
        var cursor = 0;
        var points = new List<DailyPoint>(benchmark.Length + 1);
        var first = DateOnly.FromDateTime(result.StartDate);
        foreach (var e in TimeSeriesView.Of(result.Equity))
        {
            while (cursor < benchmark.Length && benchmark[cursor].Time < e.Time)
            {
                cursor++;
            }

            var isFinal = e.Time == result.LastStepTime && e.Time.TimeOfDay != TimeSpan.Zero;
            if (e.Time.TimeOfDay != TimeSpan.Zero && !isFinal)
            {
                continue;
            }

            var day = isFinal ? DateOnly.FromDateTime(e.Time) : DateOnly.FromDateTime(e.Time).AddDays(-1);
            if (day < first || !isTradingDay(day))
            {
                continue;
            }

            var v = cursor < benchmark.Length && benchmark[cursor].Time == e.Time ? benchmark[cursor].Value : double.NaN;
            var point = new DailyPoint(day, e.Value, v);
            if (points.Count > 0 && points[^1].Date == day)
            {
                points[^1] = point;
            }
            else
            {
                points.Add(point);
            }
        }

        return points;
    }

    internal static string Num(double value) =>
        double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>How result files write a time and a date (invariant culture).</summary>
    internal const string TimeFormat = "yyyy-MM-ddTHH:mm:ss";

    /// <inheritdoc cref="TimeFormat"/>
    internal const string DateFormat = "yyyy-MM-dd";

    internal static string Time(DateTime time) => time.ToString(TimeFormat, CultureInfo.InvariantCulture);

    private static string EquityCsvText(IReadOnlyList<DailyPoint> daily)
    {
        var sb = new StringBuilder("date,equity,benchmark\n");
        foreach (var p in daily)
        {
            sb.Append(p.Date.ToString(DateFormat, CultureInfo.InvariantCulture)).Append(',').Append(Num(p.Equity)).Append(',').Append(Num(p.Benchmark)).Append('\n');
        }

        return sb.ToString();
    }

    private static string OrdersCsvText(BacktestResult result)
    {
        var sb = new StringBuilder("id,time,symbol,type,quantity,status,fill_time,fill_price,fee,tag\n");
        foreach (var o in result.Orders)
        {
            sb.Append(o.Id.ToString(CultureInfo.InvariantCulture)).Append(',').Append(Time(o.Time)).Append(',').Append(o.Symbol.Value).Append(',')
              .Append(o.Type).Append(',').Append(Num(o.Quantity)).Append(',').Append(o.Status).Append(',')
              .Append(o.LastFillTime is { } f ? Time(f) : string.Empty).Append(',').Append(Num(o.FillPrice)).Append(',')
              .Append(Num(o.Fee)).Append(',').Append(Csv(o.Tag)).Append('\n');
        }

        return sb.ToString();
    }

    private static string TradesCsvText(BacktestResult result)
    {
        var sb = new StringBuilder("symbol,direction,entry_time,entry_price,exit_time,exit_price,quantity,profit_loss,fees,mae,mfe\n");
        foreach (var t in result.Trades)
        {
            sb.Append(t.Symbol.Value).Append(',').Append(t.IsLong ? "long" : "short").Append(',').Append(Time(t.EntryTime)).Append(',')
              .Append(Num(t.EntryPrice)).Append(',').Append(Time(t.ExitTime)).Append(',').Append(Num(t.ExitPrice)).Append(',')
              .Append(Num(t.Quantity)).Append(',').Append(Num(t.ProfitLoss)).Append(',').Append(Num(t.TotalFees)).Append(',')
              .Append(Num(t.MAE)).Append(',').Append(Num(t.MFE)).Append('\n');
        }

        return sb.ToString();
    }

    private static string Csv(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void WriteText(string path, string text) => File.WriteAllBytes(path, Utf8.GetBytes(text));

    internal static JsonWriterOptions JsonOptions { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };
}
