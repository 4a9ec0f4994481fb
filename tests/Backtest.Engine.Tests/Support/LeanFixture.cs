using System.Globalization;
using System.IO.Compression;
using Backtest.Data.Calendar;
using Backtest.Data.Frames;
using Backtest.Data.Lean;
using Backtest.Data.Model;
using Backtest.Testing;

namespace Backtest.Engine.Tests.Support;

/// <summary>
/// Test-local reader of LEAN daily/hour zips and factor files from ../shared/data/lean (the real reader lives in Backtest.Data).
/// The calendar's holidays are the weekdays without a bar in any loaded file.
/// </summary>
internal static class LeanFixture
{
    public static (BarFrame Frame, TradingCalendar Calendar)? Load(DateOnly first, DateOnly last, params string[] tickers) =>
        Load(Resolution.Daily, first, last, tickers);

    public static (BarFrame Frame, TradingCalendar Calendar)? Load(Resolution resolution, DateOnly first, DateOnly last, params string[] tickers)
    {
        var root = SharedData.LeanDataFolder;
        if (root is null)
        {
            return null;
        }

        var rows = tickers.ToDictionary(t => t, t => ReadBars(Path.Combine(root, "equity", "usa", resolution == Resolution.Daily ? "daily" : "hour", t + ".zip"), first, last));
        var days = rows.Values.SelectMany(r => r.Keys).Select(DateOnly.FromDateTime).Distinct().Order().ToArray();
        var holidays = new List<DateOnly>();
        for (var d = first; d <= last; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && Array.BinarySearch(days, d) < 0)
            {
                holidays.Add(d);
            }
        }

        var calendar = new TradingCalendar(holidays, new Dictionary<DateOnly, TimeOnly>(), new TimeOnly(9, 30), new TimeOnly(16, 0));
        var index = resolution == Resolution.Daily ? FrameBuilder.Daily(calendar, first, last) : FrameBuilder.Hourly(calendar, first, last);
        var columns = tickers.Select(t => Build(t, index, rows[t], ReadFactors(Path.Combine(root, "equity", "usa", "factor_files", t + ".csv"), t))).ToArray();
        return (FrameBuilder.Frame(columns), calendar);
    }

    private static SymbolColumns Build(string ticker, TimeIndex index, Dictionary<DateTime, double[]> rows, FactorFile factors)
    {
        var n = index.Count;
        var (o, h, l, c, v) = (new double[n], new double[n], new double[n], new double[n], new double[n]);
        var presence = new BarPresence[n];
        for (var i = 0; i < n; i++)
        {
            if (rows.TryGetValue(index.StartTimes[i], out var r))
            {
                (o[i], h[i], l[i], c[i], v[i]) = (r[0], r[1], r[2], r[3], r[4]);
            }
            else
            {
                presence[i] = BarPresence.Missing;
            }
        }

        var source = new SourceInfo(ticker, "lean-zip", PricesAreRaw: true, IsSynthetic: false);
        return new SymbolColumns(Symbol.Create(ticker), index, o, h, l, c, v, presence, source, factors);
    }

    /// <summary>Rows keyed by bar start; LEAN stamps daily rows 00:00 and the first hour row 09:00, both starting 09:30 here.</summary>
    private static Dictionary<DateTime, double[]> ReadBars(string zip, DateOnly first, DateOnly last)
    {
        using var archive = ZipFile.OpenRead(zip);
        using var reader = new StreamReader(archive.Entries[0].Open());
        var result = new Dictionary<DateTime, double[]>();
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split(',');
            var stamp = DateTime.ParseExact(f[0], "yyyyMMdd HH:mm", CultureInfo.InvariantCulture);
            var date = DateOnly.FromDateTime(stamp);
            var start = stamp.Hour <= 9 ? stamp.Date.AddHours(9.5) : stamp;
            if (date >= first && date <= last)
            {
                result[start] = [P(f[1]), P(f[2]), P(f[3]), P(f[4]), double.Parse(f[5], CultureInfo.InvariantCulture)];
            }
        }

        return result;
    }

    private static double P(string s) => (double)(decimal.Parse(s, CultureInfo.InvariantCulture) / 10000m);

    private static FactorFile ReadFactors(string path, string ticker)
    {
        var rows = File.ReadAllLines(path)
            .Select(l => l.Split(','))
            .Select(f => new FactorFileRow(
                DateOnly.ParseExact(f[0], "yyyyMMdd", CultureInfo.InvariantCulture),
                double.Parse(f[1], CultureInfo.InvariantCulture),
                double.Parse(f[2], CultureInfo.InvariantCulture),
                double.Parse(f[3], CultureInfo.InvariantCulture)))
            .ToList();
        return new FactorFile(ticker, rows);
    }
}
